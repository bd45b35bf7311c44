package org.travelassist.applications.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.travelassist.applications.MeasuredBasis;
import org.travelassist.eligibility.EligibilityCheck;
import org.travelassist.eligibility.EligibilityResult;
import org.travelassist.eligibility.EligibilityResult.SchoolFinding;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Makes a {@link MeasuredBasis} from the engine's check, and writes and reads its stored JSON field by field, so
 * renaming a Java field changes nothing stored. Each layout ever written has its reader here; a new layout gets
 * a new {@link MeasuredBasis#SCHEMA_VERSION} and a new reader, and the old readers stay.
 */
public final class MeasuredBases {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private MeasuredBases() {}

    /** What the check measured, as the basis of an assessment or decision made now. */
    public static MeasuredBasis from(EligibilityCheck check, Instant measuredAt) {
        EligibilityResult result = check.result();
        var findings = result.categories().stream().map(f -> new MeasuredBasis.Finding(f.category().name(), f.category().title,
                f.finding().name().replace('_', ' ').toLowerCase(Locale.UK), f.reason())).toList();
        boolean measuredSomething = result.school() != null;
        var route = check.walkingRoute() == null || !measuredSomething ? List.<MeasuredBasis.Point>of()
                : check.walkingRoute().points().stream().map(p -> new MeasuredBasis.Point(p.latitude(), p.longitude())).toList();
        var home = new MeasuredBasis.Point(check.home().position().latitude(), check.home().position().longitude());
        return new MeasuredBasis(MeasuredBasis.SCHEMA_VERSION, measuredAt, result.policyVersion(), result.summary(), findings,
                result.forTheOfficer(), result.distanceMethod(), result.indicative(),
                result.school() == null ? null : school(result.school()), home, route,
                result.schoolsConsidered().stream().map(MeasuredBases::school).toList());
    }

    private static MeasuredBasis.School school(SchoolFinding school) {
        return new MeasuredBasis.School(school.urn(), school.name(), school.walking().metresRounded(), school.describeWalking(),
                school.walkingMeasure() == EligibilityResult.Measure.STRAIGHT_LINE,
                school.road() == null ? null : school.road().metresRounded(), school.road() == null ? null : school.road().describe(),
                school.suitable(), school.reason());
    }

    public static String write(MeasuredBasis basis) {
        ObjectNode root = JSON.createObjectNode();
        root.put("schemaVersion", MeasuredBasis.SCHEMA_VERSION);
        root.put("measuredAt", basis.measuredAt().toString());
        root.put("policyVersion", basis.policyVersion());
        root.put("summary", basis.summary());
        ArrayNode findings = root.putArray("findings");
        basis.findings().forEach(f -> findings.addObject().put("category", f.category()).put("title", f.title())
                .put("finding", f.finding()).put("reason", f.reason()));
        ArrayNode checks = root.putArray("forTheOfficer");
        basis.forTheOfficer().forEach(checks::add);
        root.put("method", basis.method());
        root.put("indicative", basis.indicative());
        if (basis.measuredTo() != null) {
            writeSchool(root.putObject("measuredTo"), basis.measuredTo());
        }
        if (basis.home() != null) {
            root.putArray("home").add(basis.home().latitude()).add(basis.home().longitude());
        }
        // The route as [latitude, longitude] pairs: compact, and readable without a decoder.
        ArrayNode route = root.putArray("route");
        basis.route().forEach(p -> route.addArray().add(p.latitude()).add(p.longitude()));
        ArrayNode schools = root.putArray("schoolsConsidered");
        basis.schoolsConsidered().forEach(s -> writeSchool(schools.addObject(), s));
        return JSON.writeValueAsString(root);
    }

    private static void writeSchool(ObjectNode node, MeasuredBasis.School school) {
        node.put("urn", school.urn()).put("name", school.name()).put("walkingMetres", school.walkingMetres())
                .put("walkingLabel", school.walkingLabel()).put("walkingStraightLine", school.walkingStraightLine());
        if (school.roadMetres() != null) {
            node.put("roadMetres", school.roadMetres()).put("roadLabel", school.roadLabel());
        }
        node.put("suitable", school.suitable()).put("reason", school.reason());
    }

    /** Reads any layout ever written. */
    public static MeasuredBasis read(String json) {
        JsonNode root = JSON.readTree(json);
        int version = root.path("schemaVersion").asInt(0);
        return switch (version) {
            case 1 -> readVersion1(root);
            default -> throw new IllegalStateException("A measured basis in layout " + version + ", which this version cannot read");
        };
    }

    private static MeasuredBasis readVersion1(JsonNode root) {
        var findings = new ArrayList<MeasuredBasis.Finding>();
        root.path("findings").forEach(f -> findings.add(new MeasuredBasis.Finding(f.path("category").asString(""),
                f.path("title").asString(""), f.path("finding").asString(""), f.path("reason").asString(""))));
        var checks = new ArrayList<String>();
        root.path("forTheOfficer").forEach(c -> checks.add(c.asString("")));
        var route = new ArrayList<MeasuredBasis.Point>();
        root.path("route").forEach(p -> route.add(point(p)));
        var schools = new ArrayList<MeasuredBasis.School>();
        root.path("schoolsConsidered").forEach(s -> schools.add(readSchool(s)));
        JsonNode measuredTo = root.path("measuredTo");
        JsonNode home = root.path("home");
        return new MeasuredBasis(1, Instant.parse(root.path("measuredAt").asString()), root.path("policyVersion").asString(""),
                root.path("summary").asString(""), findings, checks, root.path("method").asString(""), root.path("indicative").asBoolean(false),
                measuredTo.isObject() ? readSchool(measuredTo) : null, home.isArray() ? point(home) : null, route, schools);
    }

    private static MeasuredBasis.Point point(JsonNode pair) {
        return new MeasuredBasis.Point(pair.path(0).asDouble(), pair.path(1).asDouble());
    }

    private static MeasuredBasis.School readSchool(JsonNode s) {
        JsonNode road = s.path("roadMetres");
        return new MeasuredBasis.School(s.path("urn").asString(""), s.path("name").asString(""), s.path("walkingMetres").asLong(),
                s.path("walkingLabel").asString(""), s.path("walkingStraightLine").asBoolean(false),
                road.isNumber() ? road.asLong() : null, road.isNumber() ? s.path("roadLabel").asString(null) : null,
                s.path("suitable").asBoolean(false), s.path("reason").asString(""));
    }

    public static @Nullable MeasuredBasis read(Application application) {
        return application.getMeasuredBasis() == null ? null : read(application.getMeasuredBasis());
    }
}
