package dev.bitofgit.tools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

/** Arguments read their defaults, bounds and allowed values from the tool's own input schema, with today's messages. */
class ToolArgumentsTest {
    private static final ObjectNode SCHEMA = JsonSchemas.object().username()
            .integer("limit", "Page size.", 20, 1, 100)
            .optionalInteger("min_files", "At least this many files.", 0, 1_000_000)
            .enumeration("sort", "Order.", List.of("newest", "oldest", "largest"), "newest")
            .bool("own_only", "Only the user's own.", true)
            .bool("has_ci", "With CI.", null)
            .strings("weekdays", "Weekdays.", 2)
            .build();

    private static ToolArguments arguments(String json) {
        return new ToolArguments("some_tool", JsonSchemas.MAPPER.readTree(json), SCHEMA);
    }

    @Test
    void integer_missing_isTheSchemasDefault() {
        assertThat(arguments("{\"username\":\"octo\"}").integer("limit")).isEqualTo(20);
        assertThat(arguments("{\"username\":\"octo\",\"limit\":null}").integer("limit")).isEqualTo(20);
        assertThat(arguments("{\"username\":\"octo\",\"limit\":7}").integer("limit")).isEqualTo(7);
    }

    @Test
    void integer_outsideTheSchemasBounds_saysTheBoundsAndTheValue() {
        assertThatThrownBy(() -> arguments("{\"username\":\"octo\",\"limit\":101}").integer("limit"))
                .isInstanceOf(ToolException.class)
                .hasMessage("some_tool: argument 'limit' must be between 1 and 100, got 101");
        assertThatThrownBy(() -> arguments("{\"username\":\"octo\",\"limit\":0}").integer("limit"))
                .hasMessage("some_tool: argument 'limit' must be between 1 and 100, got 0");
        assertThatThrownBy(() -> arguments("{\"username\":\"octo\",\"limit\":\"ten\"}").integer("limit"))
                .hasMessage("some_tool: argument 'limit' must be an integer between 1 and 100");
        assertThatThrownBy(() -> arguments("{\"username\":\"octo\",\"limit\":2.5}").integer("limit"))
                .hasMessage("some_tool: argument 'limit' must be an integer between 1 and 100");
    }

    @Test
    void optionalInteger_isEmptyWhenMissing_andBoundedByTheSchema() {
        assertThat(arguments("{\"username\":\"octo\"}").optionalInteger("min_files")).isEmpty();
        assertThat(arguments("{\"username\":\"octo\",\"min_files\":3}").optionalInteger("min_files"))
                .isEqualTo(OptionalInt.of(3));
        assertThatThrownBy(() -> arguments("{\"username\":\"octo\",\"min_files\":-1}").optionalInteger("min_files"))
                .hasMessage("some_tool: argument 'min_files' must be between 0 and 1000000, got -1");
    }

    @Test
    void choice_missing_isTheSchemasDefault_andMustBeOneOfItsEnum() {
        assertThat(arguments("{\"username\":\"octo\"}").choice("sort")).isEqualTo("newest");
        assertThat(arguments("{\"username\":\"octo\",\"sort\":\"largest\"}").choice("sort")).isEqualTo("largest");
        assertThatThrownBy(() -> arguments("{\"username\":\"octo\",\"sort\":\"heaviest\"}").choice("sort"))
                .hasMessage("some_tool: argument 'sort' must be one of newest, oldest, largest, got 'heaviest'");
        assertThat(arguments("{\"username\":\"octo\"}").optionalChoice("sort")).isEmpty();
        assertThat(arguments("{\"username\":\"octo\",\"sort\":\"oldest\"}").optionalChoice("sort")).contains("oldest");
    }

    @Test
    void bool_missing_isTheSchemasDefault_orFalseWithoutOne() {
        assertThat(arguments("{\"username\":\"octo\"}").bool("own_only")).isTrue();
        assertThat(arguments("{\"username\":\"octo\",\"own_only\":false}").bool("own_only")).isFalse();
        assertThat(arguments("{\"username\":\"octo\"}").bool("has_ci")).isFalse();
        assertThat(arguments("{\"username\":\"octo\"}").optionalBool("has_ci")).isEmpty();
        assertThatThrownBy(() -> arguments("{\"username\":\"octo\",\"own_only\":\"yes\"}").bool("own_only"))
                .hasMessage("some_tool: argument 'own_only' must be true or false");
    }

    @Test
    void strings_atMostTheSchemasMaxItems() {
        assertThat(arguments("{\"username\":\"octo\"}").strings("weekdays")).isEmpty();
        assertThat(arguments("{\"username\":\"octo\",\"weekdays\":[\" monday \",\"friday\"]}").strings("weekdays"))
                .containsExactly("monday", "friday");
        assertThatThrownBy(() -> arguments("{\"username\":\"octo\",\"weekdays\":[\"a\",\"b\",\"c\"]}").strings("weekdays"))
                .hasMessage("some_tool: argument 'weekdays' has 3 items; at most 2");
    }

    @Test
    void unknownAndMissingRequiredArguments_areRefusedUpFront() {
        assertThatThrownBy(() -> arguments("{\"username\":\"octo\",\"colour\":\"red\"}"))
                .hasMessage("some_tool: unknown argument 'colour'; allowed: has_ci, limit, min_files, own_only, sort, "
                        + "username, weekdays");
        assertThatThrownBy(() -> arguments("{}")).hasMessage("some_tool: argument 'username' is required");
    }

    @Test
    void readingAnArgumentTheSchemaDoesNotDeclare_isABugInTheTool() {
        assertThatThrownBy(() -> arguments("{\"username\":\"octo\"}").integer("page"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("some_tool reads argument 'page', which its input schema does not declare");
        assertThatThrownBy(() -> arguments("{\"username\":\"octo\"}").integer("username"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("some_tool: the input schema of 'username' states no default");
        assertThat(arguments("{\"username\":\"octo\"}").declares("limit")).isTrue();
        assertThat(arguments("{\"username\":\"octo\"}").declares("exclude_bots")).isFalse();
    }
}
