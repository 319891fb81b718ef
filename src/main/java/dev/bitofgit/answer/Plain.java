package dev.bitofgit.answer;

import java.util.List;
import java.util.Set;

/**
 * Everyday words that carry no part of a question's meaning here ("curious", "roughly", "stats"): not reported as
 * ignored, because ignoring them changes nothing.
 */
final class Plain {
    private Plain() {
    }

    static final Set<String> WORDS = Set.copyOf(List.of("curious", "wondering", "interested", "know", "care", "mean",
            "means", "including", "include", "includes", "included", "exist", "exists", "existing", "kinds", "various",
            "specific", "particular", "stats", "statistics", "numbers", "info", "information", "details", "detail",
            "overall", "quickly", "briefly", "check", "checking", "double", "recheck", "verify", "confirm", "sanity", "keep", "keeping", "compete", "competing", "look", "looking", "see", "seeing", "tell", "telling",
            "figure", "figured", "lemme", "gimme", "wanna", "gonna", "kinda", "sorta", "hmm", "yeah", "yep", "nope",
            "btw", "imo", "tbh", "lol", "pls", "plz", "thx", "hey", "quick", "question", "asking", "ask", "wanted",
            "wants", "able", "currently", "nowadays", "typically", "generally", "mostly", "exactly", "precisely",
            "roughly", "about", "around", "approx", "give", "gave", "giving", "guess", "idea", "sense", "feel",
            "feeling", "memory", "mind", "trying", "tried", "write", "writeup", "report", "reporting", "resume",
            "manager", "meeting", "standup", "retro", "review", "performance", "annual", "quarter", "quarterly",
            "update", "updates", "summarize", "summarise", "context", "background", "compile", "putting", "together",
            "prepare", "preparing", "list", "listing", "name", "names", "count", "counts", "counting", "number",
            "amount", "ones", "exist", "single", "separate", "each", "every", "whole", "entire", "anything", "things",
            "something", "somewhere", "anywhere", "everywhere", "nowhere", "at", "all", "ever", "since", "start",
            "beginning", "began", "begin", "history", "historically", "far", "date", "dates", "dated", "span",
            "period", "periods", "range", "window", "stretch", "run", "runs", "running", "straight", "bunch",
            "whatever", "which", "ones", "thing", "total", "totals", "sum", "figure", "figures", "stat", "show",
            "display", "print", "output", "result", "results", "answer", "answers", "find", "finding", "found",
            "get", "got", "getting", "remind", "recall", "remember", "forgot", "recap", "breakdown", "break",
            "split", "rank", "ranking", "order", "ordered", "sorted", "sort", "place", "spot", "winner", "leader",
            "considered", "consider", "count", "counted", "really", "honestly", "actually", "basically", "literally",
            "appear", "appears", "seem", "seems", "happen", "happened", "happens", "occur", "occurred", "go", "going",
            "account", "github", "profile", "mine", "own", "personal", "self", "myself", "follow", "follows", "engineering",
            "practices", "practice", "quality", "file", "files", "containing", "contain", "contains", "besides",
            "apart", "except", "aside", "publicly", "busier", "quieter", "beat", "sees", "terms", "journey",
            "predominantly", "form", "mit", "apache", "gpl", "bsd", "compose", "summer", "winter", "autumn", "fall",
            "prolific", "badge", "listed", "shown", "thank", "helped", "shows", "label", "labeled", "labelled", "bigger", "dominant", "past", "twelve", "eighteen", "sat", "sun", "cleaning", "spring", "configured", "configuration", "setup", "enabled", "present", "anywhere", "somewhere", "any", "use", "uses", "have", "has", "love", "tally", "lifetime", "accumulated", "accumulate", "matter", "live", "lives", "land", "landed", "dig", "remind", "point", "pointing", "spin", "locally", "size", "job", "received", "receive"));
}
