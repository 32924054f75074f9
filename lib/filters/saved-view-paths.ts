// The pages a view can be saved from. Apart from the zod schema in ./saved-view because the save
// button (a client component) needs only this list, and importing it from there shipped zod to the browser.
export const SAVED_VIEW_PATHS = ["/", "/map", "/events"] as const;
