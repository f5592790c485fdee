package org.countryofficeportal.staff;

import jakarta.servlet.http.HttpServletRequest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How many rows of a repeated group of fields a form sent ({@code office:sections:2:heading} is row 3 of
 * {@code office:sections}): a page that keeps no state between requests makes that many rows before it reads them.
 */
public final class PostedRows {

    private PostedRows() {
    }

    public static int of(HttpServletRequest request, String group) {
        if (!"POST".equals(request.getMethod())) {
            return 0;
        }
        Pattern row = Pattern.compile(Pattern.quote(group) + ":(\\d{1,4}):.*");
        int rows = 0;
        for (String name : request.getParameterMap().keySet()) {
            Matcher matcher = row.matcher(name);
            if (matcher.matches()) {
                rows = Math.max(rows, Integer.parseInt(matcher.group(1)) + 1);
            }
        }
        return rows;
    }
}
