package dev.bitofgit.store;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.statement.SqlStatement;

/**
 * A WHERE clause's optional conditions and the values they bind, kept together so a condition cannot be added
 * without its value or bound without its condition. Clauses are fixed SQL fragments written in the store; whatever a
 * caller gives is a bound value ({@code :name}, or a list as {@code <name>}), never pasted into the text.
 */
final class Conditions {
    private final List<String> clauses = new ArrayList<>();
    private final Map<String, Object> values = new LinkedHashMap<>();
    private final Map<String, List<?>> lists = new LinkedHashMap<>();

    /** A condition that binds nothing, or only values bound with {@link #value}. */
    Conditions and(String clause) {
        clauses.add(clause);
        return this;
    }

    /** A condition reading one bound value. */
    Conditions and(String clause, String name, Object value) {
        clauses.add(clause);
        values.put(name, value);
        return this;
    }

    /** {@code column IN (<name>)}, the values bound as a list; the list must not be empty. */
    Conditions in(String column, String name, List<?> members) {
        if (members.isEmpty()) {
            throw new IllegalArgumentException(name + " is empty: an IN list needs at least one value");
        }
        clauses.add(column + " IN (<" + name + ">)");
        lists.put(name, List.copyOf(members));
        return this;
    }

    /** A value read by SQL around the conditions (a FROM clause, a CASE), bound with them. */
    Conditions value(String name, Object value) {
        values.put(name, value);
        return this;
    }

    /** Another set's conditions and values after this one's. */
    Conditions and(Conditions other) {
        clauses.addAll(other.clauses);
        values.putAll(other.values);
        lists.putAll(other.lists);
        return this;
    }

    /** " AND a AND b", or "" when there are none: to follow a WHERE that already has a condition. */
    String sql() {
        StringBuilder sql = new StringBuilder();
        clauses.forEach(clause -> sql.append(" AND ").append(clause));
        return sql.toString();
    }

    @Override
    public String toString() {
        return sql();
    }

    <S extends SqlStatement<S>> S bind(S statement) {
        values.forEach(statement::bind);
        lists.forEach(statement::bindList);
        return statement;
    }
}
