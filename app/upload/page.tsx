import { UploadForm } from "@/components/upload/upload-form";
import { currentEditor } from "@/lib/auth/guard";
import { MAX_FILES, maxBytes, uploadToken } from "@/lib/upload/ingest-upload";

export const dynamic = "force-dynamic";
export const metadata = { title: "إضافة مقالات" };

export default async function UploadPage() {
  const editor = await currentEditor();
  const enabled = editor !== null || uploadToken() !== null;
  const limit = maxBytes();
  return (
    <>
      <h1>إضافة مقالات</h1>
      <p className="muted">
        ملفات <code dir="ltr">.txt</code> أو <code dir="ltr">.html</code> أو <code dir="ltr">.json</code> (بالترميز <bdi>UTF-8</bdi> أو <bdi>Windows-1256</bdi>)، حتى {MAX_FILES} ملفاً في المرة، وحتى {Math.round(limit / 1024)} كيلوبايت للملف.
        تُقرأ كما يقرؤها الأمر <code>npm run ingest</code>، في الخلفية (تبقى لوحة المعلومات تعمل أثناءها): الملف المكرر لا يُضاف مرتين، والملف المرفوض يُذكر سببه.
      </p>
      {enabled ? (
        <UploadForm signedIn={editor !== null} />
      ) : (
        <p className="panel notice" role="status" data-testid="upload-disabled">
          الرفع يحتاج إلى حساب محرر: <a href="/sign-in?next=/upload">سجّل الدخول</a>. وللسكربتات، يضبط المسؤول المتغير <code>UPLOAD_TOKEN</code> (ثمانية أحرف على الأقل) ثم يعيد تشغيل التطبيق.
        </p>
      )}
    </>
  );
}
