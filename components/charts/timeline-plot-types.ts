// Shared by the timeline panel and its lazily loaded plot.
export interface Drag {
  from: number;
  to: number;
}

export const FATALITIES_COLOR = "#1d232a";
