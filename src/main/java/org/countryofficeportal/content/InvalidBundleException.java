package org.countryofficeportal.content;

import jakarta.ejb.ApplicationException;

import java.util.List;
import java.util.stream.Collectors;

/** A content bundle that cannot be imported; whatever of it was written is rolled back. */
@ApplicationException(rollback = true)
public class InvalidBundleException extends RuntimeException {

    private static final int PROBLEMS_IN_MESSAGE = 20;

    private final List<BundleProblem> problems;

    public InvalidBundleException(List<BundleProblem> problems) {
        super(describe(problems));
        this.problems = List.copyOf(problems);
    }

    private static String describe(List<BundleProblem> problems) {
        String listed = problems.stream().limit(PROBLEMS_IN_MESSAGE).map(BundleProblem::toString)
                .collect(Collectors.joining("\n  ", "content bundle rejected, nothing imported:\n  ", ""));
        int more = problems.size() - PROBLEMS_IN_MESSAGE;
        return more > 0 ? listed + "\n  ... and " + more + " more problems" : listed;
    }

    public List<BundleProblem> problems() {
        return problems;
    }
}
