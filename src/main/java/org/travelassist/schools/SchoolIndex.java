package org.travelassist.schools;

import java.util.Comparator;
import java.util.List;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.index.strtree.STRtree;
import org.travelassist.places.GridReference;

/**
 * Open schools in an STR-tree on the National Grid: a radius search looks only at the schools in the bounding
 * square, then keeps those within the circle, nearest first. Built once per register and read-only afterwards,
 * so concurrent searches are safe.
 */
public final class SchoolIndex {

    private final STRtree tree = new STRtree();

    public SchoolIndex(List<School> schools) {
        for (School school : schools) {
            tree.insert(new Envelope(school.grid().easting(), school.grid().easting(), school.grid().northing(), school.grid().northing()), school);
        }
        tree.build();
    }

    @SuppressWarnings("unchecked")
    public List<School> within(GridReference from, double metres) {
        var square = new Envelope(from.easting() - metres, from.easting() + metres, from.northing() - metres, from.northing() + metres);
        return ((List<School>) tree.query(square)).stream()
                .filter(school -> school.grid().metresTo(from) <= metres)
                .sorted(Comparator.comparingDouble((School school) -> school.grid().metresTo(from)).thenComparing(School::urn))
                .toList();
    }

    /** The same answer by looking at every school: the yardstick the index is measured and tested against. */
    public static List<School> scan(List<School> schools, GridReference from, double metres) {
        return schools.stream()
                .filter(school -> school.grid().metresTo(from) <= metres)
                .sorted(Comparator.comparingDouble((School school) -> school.grid().metresTo(from)).thenComparing(School::urn))
                .toList();
    }
}
