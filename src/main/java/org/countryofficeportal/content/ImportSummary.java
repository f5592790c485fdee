package org.countryofficeportal.content;

/** How many items of each kind an import wrote. */
public record ImportSummary(int offices, int countries, int contacts, int releases, int mediaCoverage) {

    @Override
    public String toString() {
        return offices + " offices, " + countries + " countries, " + contacts + " contacts, "
                + releases + " press releases, " + mediaCoverage + " media coverage items";
    }
}
