package dev.bitofgit.store;

import dev.bitofgit.store.ProfileQueries.AccountListing;
import dev.bitofgit.store.ProfileQueries.AccountRef;
import dev.bitofgit.store.ProfileQueries.Collaborator;
import dev.bitofgit.store.ProfileQueries.CommitInstant;
import dev.bitofgit.store.ProfileQueries.CommitRow;
import dev.bitofgit.store.ProfileQueries.DayActivity;
import dev.bitofgit.store.ProfileQueries.HourActivity;
import dev.bitofgit.store.ProfileQueries.ReadmeHit;
import dev.bitofgit.store.ProfileQueries.RepoActivity;
import dev.bitofgit.store.ProfileQueries.RepoSummary;
import dev.bitofgit.store.ProfileQueries.SignalRow;
import dev.bitofgit.store.WorkQueries.IssueRow;
import dev.bitofgit.store.WorkQueries.MonthRow;
import dev.bitofgit.store.WorkQueries.PullRequestFacts;
import dev.bitofgit.store.WorkQueries.PullRequestRow;
import dev.bitofgit.store.WorkQueries.RepoTotals;
import java.sql.Types;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.argument.AbstractArgumentFactory;
import org.jdbi.v3.core.argument.Argument;
import org.jdbi.v3.core.config.ConfigRegistry;
import org.jdbi.v3.core.generic.GenericType;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;

/**
 * How values cross the store's edge, registered once on its Jdbi: the portable column types (epoch seconds as
 * {@link Instant}, newline-joined text as a list of strings) both ways, so records can be bound by their accessors
 * ({@code bindMethods}); and the read records, mapped by column name through their constructors, so a query's SELECT
 * list names each component ({@code c.is_own AS own}) and a column missing from it fails loudly instead of shifting
 * every value after it.
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
        jdbi.registerArgument(new EpochSeconds());
        jdbi.registerArgument(new Lines());
        Stream.of(AccountListing.class, AccountRef.class, RepoSummary.class, SignalRow.class, Readme.class,
                        CommitRow.class, DayActivity.class, HourActivity.class, RepoActivity.class,
                        ReadmeHit.class, Collaborator.class, CommitInstant.class, MonthRow.class,
                        PullRequestRow.class, IssueRow.class, PullRequestFacts.class, RepoTotals.class, RepoMeasures.Value.class)
                .forEach(type -> jdbi.registerRowMapper(ConstructorMapper.factory(type)));
    }

    /** An instant binds as its epoch second, a BIGINT on both engines. */
    private static final class EpochSeconds extends AbstractArgumentFactory<Instant> {
        EpochSeconds() {
            super(Types.BIGINT);
        }

        @Override
        protected Argument build(Instant value, ConfigRegistry config) {
            return (position, statement, context) -> statement.setLong(position, value.getEpochSecond());
        }
    }

    /** A list of strings binds as one text, its values joined by newlines. */
    private static final class Lines extends AbstractArgumentFactory<List<String>> {
        Lines() {
            super(Types.VARCHAR);
        }

        @Override
        protected Argument build(List<String> value, ConfigRegistry config) {
            return (position, statement, context) -> statement.setString(position, Rows.lines(value));
        }
    }
}
