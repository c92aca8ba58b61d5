import { ScenarioText } from '../components/ScenarioText';
import type { Scenario } from '../../domain/scenario';
import { number } from '../../domain/text/format';
import { Citation } from '../components/Citation';

/** The brief as encoded: its source, facts with where each comes from, the actors and the criteria. */
export function BriefView({ scenario }: { scenario: Scenario }) {
  const { source } = scenario;
  return (
    <div className="brief">
      <p className="lead">
        <ScenarioText>{scenario.summary}</ScenarioText>
      </p>
      <p className="source">
        Source:{' '}
        <strong>
          <ScenarioText>{source.title}</ScenarioText>
        </strong>
        , <ScenarioText>{source.author}</ScenarioText>, <ScenarioText>{source.organisation}</ScenarioText>
        {source.series ? (
          <>
            , <ScenarioText>{source.series}</ScenarioText>
          </>
        ) : null}
        , {source.date}.
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
              <td>
                <ScenarioText>{f.text}</ScenarioText>
              </td>
              <td className="num">
                {f.figure ? (
                  <>
                    <strong>{number(f.figure.value)}</strong> <ScenarioText>{f.figure.unit}</ScenarioText>
                    {f.figure.period ? (
                      <div className="muted">
                        <ScenarioText>{f.figure.period}</ScenarioText>
                      </div>
                    ) : null}
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
            <dt>
              <ScenarioText>{a.name}</ScenarioText>
            </dt>
            <dd>
              <ScenarioText>{a.description}</ScenarioText>
            </dd>
          </div>
        ))}
      </dl>

      <h2>Criteria</h2>
      <dl className="criteria">
        {scenario.criteria.map((c) => (
          <div key={c.id}>
            <dt>
              <ScenarioText>{c.label}</ScenarioText> <span className="badge">{c.direction === 'benefit' ? 'higher is better' : 'lower is better'}</span>
            </dt>
            <dd>
              <ScenarioText>{c.description}</ScenarioText>
              <div className="muted">
                Scale {number(c.scale.min)}
                {c.scale.minLabel ? (
                  <>
                    {' '}
                    (<ScenarioText>{c.scale.minLabel}</ScenarioText>)
                  </>
                ) : null}{' '}
                to {number(c.scale.max)}
                {c.scale.maxLabel ? (
                  <>
                    {' '}
                    (<ScenarioText>{c.scale.maxLabel}</ScenarioText>)
                  </>
                ) : null}
              </div>
            </dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
