package org.countryofficeportal.office;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class OfficeTest {

    @Test
    void anOfficeCannotEndUpAboveItself() {
        Office moscow = new Office("moscow", "Moscow office", "DWT/CO-Moscow", "Europe/Moscow");
        Office tajikistan = new Office("tajikistan", "Tajikistan", "Tajikistan", "Asia/Dushanbe");
        tajikistan.placeUnder(moscow);

        assertThrows(IllegalArgumentException.class, () -> moscow.placeUnder(tajikistan));
        assertThrows(IllegalArgumentException.class, () -> moscow.placeUnder(moscow));
        assertEquals("moscow", tajikistan.parent().orElseThrow().id());
    }

    @Test
    void unknownTimeZonesAndDuplicateCountriesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Office("x", "X", "X", "Mars/Olympus"));
        Office office = new Office("x", "X", "X", "UTC");
        Country tajikistan = new Country("tajikistan", "Tajikistan");

        assertThrows(IllegalArgumentException.class, () -> office.cover(List.of(tajikistan, tajikistan)));
    }

    @Test
    void fundamentalConventionsAreASubsetOfAllRatified() {
        Country tajikistan = new Country("tajikistan", "Tajikistan");

        assertThrows(IllegalArgumentException.class, () -> tajikistan.recordMembership(1993, 5, 8));
        tajikistan.recordMembership(1993, 50, 8);
        assertEquals(new Country.MemberStateFacts(1993, 50, 8), tajikistan.memberStateFacts().orElseThrow());
    }

    @Test
    void programmeYearsRunForwards() {
        assertThrows(IllegalArgumentException.class, () -> new Programme("P", ProgrammeStatus.ONGOING, 2017, 2015));
    }
}
