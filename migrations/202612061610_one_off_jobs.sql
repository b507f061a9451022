-- One row per one-off job that has finished its work (src/platform/jobs/once.ts), e.g. re-processing
-- the images stored before the image pipeline. A worker queues each declared one-off job at start
-- while its row is missing; the job writes its row when it is done.
create table one_off_jobs (
  name text primary key,
  done_at timestamptz not null
);
