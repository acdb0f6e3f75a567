import { code } from '../text/markdown';

/** One row of content/hovers/docker-kubernetes.yaml: a Docker flag, its Compose keys, its Kubernetes field. */
export interface DockerKubernetesMapping {
  docker: string;
  compose: string[];
  kubernetes: string;
  example: string;
  /** True for the rows of question 254's own table. */
  q254?: boolean;
}

/** The rows as a Markdown table: Docker flag, Compose key, Kubernetes field. */
export function kubernetesTable(rows: readonly DockerKubernetesMapping[]): string {
  const lines = ['| Docker | Compose | Kubernetes |', '| --- | --- | --- |'];
  const cell = (text: string) => code(text).replace(/\|/g, '\\|');
  for (const row of rows) lines.push(`| ${cell(row.docker)} | ${row.compose.map(cell).join(', ')} | ${cell(row.example)} |`);
  return lines.join('\n');
}
