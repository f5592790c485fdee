package org.countryofficeportal.platform;

import jakarta.ejb.ApplicationException;

/**
 * A change that would do more than the staff member may expect (date a release back, move a public release in
 * every list): nothing is done until they say yes to the question, which names exactly what will happen.
 */
@ApplicationException(rollback = true)
public class ConfirmationNeededException extends RuntimeException {

    private final String answer;

    /**
     * @param question what will happen, asked as a question
     * @param answer   the words of the button that says yes to it
     */
    public ConfirmationNeededException(String question, String answer) {
        super(question);
        this.answer = answer;
    }

    public String question() {
        return getMessage();
    }

    public String answer() {
        return answer;
    }
}
