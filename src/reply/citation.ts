/** Where a quote comes from, as every face shows it. */
export interface CitedPlace {
  city: string;
  year: number;
  /** The section path, "二、2024年工作任务 › （一）…", or '' for a paragraph outside any section. */
  section: string;
  id: string;
}

/** "嘉兴市 2024年 › 二、2024年工作任务 › （一）…〔jiaxing-2024-21〕": how a paragraph is cited. */
export function citation({ city, year, section, id }: CitedPlace): string {
  return `${city} ${year}年${section ? ` › ${section}` : ''}〔${id}〕`;
}
