package dev.bitofgit.store;

import dev.bitofgit.store.ProfileQueries.AccountListing;
import dev.bitofgit.store.ProfileQueries.AccountRef;
import dev.bitofgit.store.ProfileQueries.Collaborator;
import dev.bitofgit.store.ProfileQueries.CommitInstant;
import dev.bitofgit.store.ProfileQueries.CommitRow;
import dev.bitofgit.store.ProfileQueries.DayActivity;
import dev.bitofgit.store.ProfileQueries.HourActivity;
import dev.bitofgit.store.ProfileQueries.OffsetUse;
import dev.bitofgit.store.ProfileQueries.ReadmeHit;
import dev.bitofgit.store.ProfileQueries.RepoActivity;
import dev.bitofgit.store.ProfileQueries.RepoSummary;
import dev.bitofgit.store.ProfileQueries.SignalRow;
import dev.bitofgit.store.WorkQueries.MonthRow;
import dev.bitofgit.store.WorkQueries.PullRequestFacts;
import dev.bitofgit.store.WorkQueries.RepoTotals;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.generic.GenericType;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;

/**
 * How rows become values, registered once on the store's Jdbi: the portable column types (epoch seconds as
 * {@link Instant}, newline-joined text as a list) and the read records, mapped by column name through their
 * constructors, so a query's SELECT list names each component ({@code c.is_own AS own}) and a column missing from
 * it fails loudly instead of shifting every value after it.
 */
final class StoreMappers {
    private static final GenericType<List<String>> LINES = new GenericType<>() {
    };

    private StoreMappers() {
    }

    static void register(Jdbi jdbi) {
        // A nullable BIGINT column, portable across drivers (sqlite-jdbc's getObject(…, Long.class) is not).
        jdbi.registerColumnMapper(Instant.class, (rs, column, ctx) -> {
            long seconds = rs.getLong(column);
            return rs.wasNull() ? null : Instant.ofEpochSecond(seconds);
        });
        jdbi.registerColumnMapper(LINES, (rs, column, ctx) -> Rows.lines(rs.getString(column)));
        Stream.of(AccountListing.class, AccountRef.class, RepoSummary.class, SignalRow.class, Readme.class,
                        CommitRow.class, DayActivity.class, HourActivity.class, RepoActivity.class,
                        ReadmeHit.class, OffsetUse.class, Collaborator.class, CommitInstant.class, MonthRow.class,
                        PullRequestFacts.class, RepoTotals.class, RepoMeasures.Value.class)
                .forEach(type -> jdbi.registerRowMapper(ConstructorMapper.factory(type)));
    }
}
