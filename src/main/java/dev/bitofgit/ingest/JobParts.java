package dev.bitofgit.ingest;

/**
 * What every stage of a job's life — admission, running, leases — works with: the settings, the stores, the hooks,
 * the jobs alive in this process and the lease on them; built once by {@link IngestService} and handed to each.
 */
record JobParts(IngestService.Config config, IngestJob.Stores stores, IngestHooks hooks, LiveJobs live, JobLease lease) {
}
