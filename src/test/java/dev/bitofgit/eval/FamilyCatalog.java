package dev.bitofgit.eval;

import java.util.ArrayList;
import java.util.List;

/** Every question family of the bank, in report order. */
final class FamilyCatalog {
    private FamilyCatalog() {
    }

    static List<QuestionFamily> all() {
        List<QuestionFamily> all = new ArrayList<>();
        all.addAll(RepositoryFamilies.all());
        all.addAll(ActivityFamilies.all());
        all.addAll(RepoDetailFamilies.all());
        all.addAll(UnknownFamilies.all());
        return List.copyOf(all);
    }
}
