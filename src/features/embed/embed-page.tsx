import { useParams } from 'react-router-dom';

export function EmbedPage() {
  const { chartId = '' } = useParams();
  return (
    <main className="embed" id="main">
      <title>{`Embedded chart ${chartId} · Morocco & ISIS dashboard`}</title>
      <h1 className="embed__title">Chart “{chartId}” is not available for embedding</h1>
      <p>No chart can be embedded yet.</p>
    </main>
  );
}
