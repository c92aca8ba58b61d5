import type { Scenario } from '../../domain/scenario';
import { number } from '../../domain/text/format';
import { Citation } from '../components/Citation';

/** The brief as encoded: its source, facts with where each comes from, the actors and the criteria. */
export function BriefView({ scenario }: { scenario: Scenario }) {
  const { source } = scenario;
  return (
    <div className="brief">
      <p className="lead">{scenario.summary}</p>
      <p className="source">
        Source: <strong>{source.title}</strong>, {source.author}, {source.organisation}
        {source.series ? `, ${source.series}` : ''}, {source.date}.
      </p>

      <h2>Facts</h2>
      <table className="facts">
        <thead>
          <tr>
            <th scope="col">Fact</th>
            <th scope="col">Figure</th>
            <th scope="col">Where in the source</th>
          </tr>
        </thead>
        <tbody>
          {scenario.facts.map((f) => (
            <tr key={f.id} id={`fact-${f.id}`}>
              <td>{f.text}</td>
              <td className="num">
                {f.figure ? (
                  <>
                    <strong>{number(f.figure.value)}</strong> {f.figure.unit}
                    {f.figure.period ? <div className="muted">{f.figure.period}</div> : null}
                  </>
                ) : (
                  '—'
                )}
              </td>
              <td>
                <Citation cite={f.cite} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>

      <h2>Actors</h2>
      <dl className="actors">
        {scenario.actors.map((a) => (
          <div key={a.id}>
            <dt>{a.name}</dt>
            <dd>{a.description}</dd>
          </div>
        ))}
      </dl>

      <h2>Criteria</h2>
      <dl className="criteria">
        {scenario.criteria.map((c) => (
          <div key={c.id}>
            <dt>
              {c.label} <span className="badge">{c.direction === 'benefit' ? 'higher is better' : 'lower is better'}</span>
            </dt>
            <dd>
              {c.description}
              <div className="muted">
                Scale {c.scale.min} {c.scale.minLabel ? `(${c.scale.minLabel})` : ''} to {c.scale.max} {c.scale.maxLabel ? `(${c.scale.maxLabel})` : ''}
              </div>
            </dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
