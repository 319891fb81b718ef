package dev.bitofgit.answer;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "How many days since anyone committed to dotfiles?", "how long ago did I create my newest repo?": the family that
 * answers when the event happened answers, and the days from that date to today are put first. The event is read by
 * the same families as "when did …", so both questions agree on the date.
 */
final class DaysSinceFamily implements Family {
    private static final Pattern ASKS = Pattern.compile("\\b(how many (days|weeks|months|years) (ago|since|has it been|"
            + "have passed|did it take)|how long ago|how long (has it been|since)|(days|weeks|months|years) (ago|since)|"
            + "how (many days|long) (has|have|is it|it'?s been)|days have passed|it'?s been how long)\\b");
    private static final Pattern DATE = Pattern.compile("\\b(\\d{4}-\\d{2}-\\d{2})\\b");
    /** What the families that say when something happened are asked in place of "how long ago". */
    private static final Set<Class<? extends Family>> SELF_AND_COUNTS = Set.of(DaysSinceFamily.class,
            ActiveDaysFamily.class, StreakFamily.class, CommitCountFamily.class);

    @Override
    public boolean followsPeople() {
        return true;
    }

    @Override
    public boolean consumes(String word) {
        return word.matches("ago|since|long|passed|been|days|weeks|months|years");
    }

    @Override
    public int fit(Reading r) {
        if (!ASKS.matcher(r.text()).find() || r.period().isPresent() && !r.matches("\\bsince\\b")) {
            return 0;
        }
        return event(r).isPresent() ? 93 : 0;
    }

    /** The reading without "how many days", as a question about when: "… since I last committed" → the latest commit. */
    private static Optional<Reading> event(Reading r) {
        Reading when = r.withMeasure(Reading.Measure.WHEN);
        Optional<Family> family = Families.bestExcept(when, SELF_AND_COUNTS);
        return family.filter(f -> f instanceof FirstLastCommitFamily || f instanceof RepoRankFamily
                || f instanceof RepoFactFamily || f instanceof RecentCommitsFamily).map(f -> when);
    }

    @Override
    public Reply answer(Reading r, ToolCalls tools) {
        Reading when = event(r).orElseThrow();
        Family family = Families.bestExcept(when, SELF_AND_COUNTS).orElseThrow();
        Reply reply = family.answer(when, tools);
        Matcher date = DATE.matcher(reply.text());
        if (!date.find()) {
            return reply;
        }
        LocalDate day = LocalDate.parse(date.group(1));
        long days = ChronoUnit.DAYS.between(day, tools.today());
        String lead = days < 0 ? "That date (" + day + ") is still ahead. "
                : "**" + Say.plural(days, "day") + "** (" + day + " to today, " + tools.today() + "). ";
        return new Reply(lead + reply.text(), reply.readAs() + "; days counted from that date to today (UTC)",
                reply.chart(), reply.suggestions(), reply.repo());
    }
}
