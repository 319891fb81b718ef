package dev.bitofgit.ingest;

import dev.bitofgit.store.JobStore;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * This instance as the lease holder of the jobs it runs: a job is claimed, its lease renewed while it runs (so that
 * no other instance takes it over) and released at close, so the next instance resumes it at once.
 */
final class JobLease {
    private static final Logger LOG = LoggerFactory.getLogger(JobLease.class);

    private final String instanceId = UUID.randomUUID().toString();
    private final JobStore jobs;
    private final Duration lease;
    private volatile boolean claimedJobs;

    JobLease(JobStore jobs, Duration lease) {
        this.jobs = jobs;
        this.lease = lease;
    }

    /** Claims the job for this instance; false when another live instance holds it. */
    boolean claim(String jobId) {
        boolean claimed = jobs.claim(jobId, instanceId, Instant.now(), lease);
        if (claimed) {
            claimedJobs = true;
        }
        return claimed;
    }

    /** Renews the job's lease; false when another instance took it over. */
    boolean renew(String jobId) {
        return jobs.renew(jobId, instanceId, Instant.now(), lease);
    }

    /** Lets go of every job this instance holds, so that another instance resumes them without waiting. */
    void releaseAll() {
        if (!claimedJobs) {
            return; // nothing to release: `ask` and `mcp` never write here (their store may be read-only)
        }
        try {
            jobs.release(instanceId);
        } catch (RuntimeException e) {
            LOG.warn("could not release ingest job leases: {}", e.toString());
        }
    }
}
