-- The automation queue moved to pg-boss (lib/automation/queue.ts; db/migrate.ts installs pg-boss first).
-- Pending jobs move over, so that waiting delays and queued events survive the upgrade.
DO $$
BEGIN
  IF to_regclass('pgboss.job') IS NOT NULL AND to_regclass('public.automation_jobs') IS NOT NULL THEN
    INSERT INTO pgboss.job (id, name, data, start_after, retry_limit, retry_delay, retry_backoff, policy)
    SELECT id, 'automation',
      jsonb_build_object('kind', kind, 'tenantId', tenant_id, 'runId', run_id, 'payload', payload),
      run_at, greatest(max_attempts - attempts - 1, 0), 5, true, 'standard'
    FROM automation_jobs WHERE status = 'pending'
    ON CONFLICT DO NOTHING;
  END IF;
END $$;
--> statement-breakpoint
DROP TABLE IF EXISTS "automation_jobs" CASCADE;
