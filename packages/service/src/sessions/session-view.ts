import type { ScenarioRegistry, Session } from '@leaseback/scenarios';
import type { StoredSession } from '@leaseback/store';
import type { SessionView, StoredSessionState } from './session-schemas.js';

/** The public view of a stored session: portfolio summary, instances, known fields and history. */
export function sessionView(stored: StoredSession, state: StoredSessionState, session: Session, registry: ScenarioRegistry): SessionView {
  const portfolio = state.portfolio;
  return {
    session_id: stored.id,
    fund_id: stored.fund_id,
    version: stored.version,
    created_at: stored.created_at,
    updated_at: stored.updated_at,
    portfolio: {
      company: portfolio.company ?? null,
      asset_count: portfolio.assets.length,
      markets: [...new Set(portfolio.assets.map((asset) => asset.market))].sort(),
      asset_types: [...new Set(portfolio.assets.map((asset) => asset.asset_type))].sort(),
    },
    brief: state.brief,
    known_fields: { ...session.variables },
    instances: session.instances.map((instance) => {
      const definition = registry.get(instance.scenario_id, instance.scenario_version);
      const step = definition?.steps.find((candidate) => candidate.id === instance.current_step_id);
      return {
        scenario_id: instance.scenario_id,
        scenario_name: definition?.name ?? instance.scenario_id,
        scenario_version: instance.scenario_version,
        status: instance.status,
        current_step_id: instance.current_step_id,
        current_step_name: step?.name ?? instance.current_step_id,
        started_at: instance.started_at,
        last_active_at: instance.last_active_at,
        paused_at: instance.paused_at ?? null,
        pause_reason: instance.pause_reason ?? null,
        ended_at: instance.ended_at ?? null,
        variables: { ...instance.variables },
      };
    }),
    active_scenario_ids: session.instances.filter((instance) => instance.status === 'active').map((instance) => instance.scenario_id),
    paused_scenario_ids: session.instances.filter((instance) => instance.status === 'paused').map((instance) => instance.scenario_id),
    history: state.turns,
  };
}
