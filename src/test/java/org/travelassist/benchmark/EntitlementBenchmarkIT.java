package org.travelassist.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.travelassist.benchmark.BenchmarkReport.ms;
import static org.travelassist.benchmark.BenchmarkReport.percentile;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.travelassist.IntegrationTest;
import org.travelassist.eligibility.CheckRequest;
import org.travelassist.eligibility.EligibilityService;
import org.travelassist.places.PostcodeRegister;
import org.travelassist.places.Routes;
import org.travelassist.places.Routes.Destination;
import org.travelassist.schools.SchoolRegister;
import org.travelassist.shared.Postcode;

/**
 * (a) a full check for every Rutland postcode at ages 7, 10 and 13 against GraphHopper alone on the same homes
 * and schools, and (c) re-checking 10,000 children in bulk on all cores. Run with {@code ./mvnw verify -Pbenchmark}.
 */
@IntegrationTest
@Tag("benchmark")
class EntitlementBenchmarkIT {

    static final double RADIUS = 24_140.16; // 15 miles, as EligibilityService searches

    @Autowired EligibilityService eligibility;
    @Autowired PostcodeRegister postcodes;
    @Autowired SchoolRegister schools;
    @Autowired Routes routes;
    @Autowired JdbcTemplate jdbc;
    @Autowired Clock clock;

    List<Postcode> rutland() {
        return jdbc.queryForList("select postcode from postcode where district_code = 'E06000017' order by postcode", String.class)
                .stream().map(Postcode::new).toList();
    }

    @Test
    void a_full_check_costs_little_more_than_the_routing_it_needs() {
        List<Postcode> homes = rutland();
        LocalDate today = LocalDate.now(clock);
        int[] ages = {7, 10, 13};
        // Warm-up: two passes over a sample, so the JIT has compiled both paths before anything is measured.
        for (int pass = 0; pass < 2; pass++) {
            for (Postcode home : homes.subList(0, 300)) {
                measure(home, today.minusYears(10).minusDays(100));
            }
        }
        int n = homes.size() * ages.length;
        long[] check = new long[n];
        long[] routing = new long[n];
        long[] walkingOnly = new long[n];
        int i = 0;
        for (Postcode home : homes) {
            for (int age : ages) {
                long[] times = measure(home, today.minusYears(age).minusDays(100));
                check[i] = times[0];
                routing[i] = times[1];
                walkingOnly[i] = times[2];
                i++;
            }
        }
        double ratio50 = percentile(check, 50) / percentile(routing, 50);
        double ratio99 = percentile(check, 99) / percentile(routing, 99);
        BenchmarkReport.section("(a) Full check against GraphHopper alone",
                "| what | pairs | p50 | p99 |\n|---|---|---|---|\n"
                        + "| full check: postcode, schools within 15 miles, walking routes to all, road route to the school in question, rules, route geometry | " + n + " | "
                        + ms(percentile(check, 50)) + " | " + ms(percentile(check, 99)) + " |\n"
                        + "| GraphHopper alone: walking and road routes to the same schools | " + n + " | "
                        + ms(percentile(routing, 50)) + " | " + ms(percentile(routing, 99)) + " |\n"
                        + "| GraphHopper alone: walking routes only | " + n + " | "
                        + ms(percentile(walkingOnly, 50)) + " | " + ms(percentile(walkingOnly, 99)) + " |\n"
                        + "| check ÷ walking and road routing | | " + String.format("%.2f", ratio50) + "× | " + String.format("%.2f", ratio99) + "× |\n"
                        + "| check ÷ walking routing only | | " + String.format("%.2f", percentile(check, 50) / percentile(walkingOnly, 50))
                        + "× | " + String.format("%.2f", percentile(check, 99) / percentile(walkingOnly, 99)) + "× |\n\n"
                        + homes.size() + " Rutland postcodes × ages 7, 10 and 13, no low income. Target: the check costs at most 1.5× "
                        + "the routing alone. A check routes on foot to every school within 15 miles and by road only to the school in "
                        + "question (low-income families: by road to every school), so it can cost less than both matrices.");
        assertThat(ratio50).as("p50 ratio of check to routing").isLessThanOrEqualTo(1.5);
    }

    /** One check, walking and road routing, and walking routing alone, for the same home in turn: nanoseconds of each. */
    long[] measure(Postcode postcode, LocalDate born) {
        long start = System.nanoTime();
        eligibility.check(new CheckRequest(postcode, born, null, false, false, null));
        long checked = System.nanoTime();
        var home = postcodes.find(postcode).orElseThrow();
        var destinations = schools.within(home.grid(), RADIUS).stream()
                .map(s -> new Destination(s.urn(), s.grid(), s.position())).toList();
        long routingStart = System.nanoTime();
        routes.walking(home.grid(), home.position(), destinations);
        routes.driving(home.grid(), home.position(), destinations);
        long routed = System.nanoTime();
        routes.walking(home.grid(), home.position(), destinations);
        long walked = System.nanoTime();
        return new long[] {checked - start, routed - routingStart, walked - routed};
    }

    @Test
    void ten_thousand_children_are_rechecked_in_bulk() throws Exception {
        List<Postcode> homes = rutland();
        LocalDate today = LocalDate.now(clock);
        var random = new Random(42);
        var children = new ArrayList<CheckRequest>();
        for (int i = 0; i < 10_000; i++) {
            children.add(new CheckRequest(homes.get(random.nextInt(homes.size())),
                    today.minusYears(5 + random.nextInt(11)).minusDays(random.nextInt(365)), null, random.nextInt(10) == 0,
                    random.nextInt(5) == 0, null));
        }
        int threads = Runtime.getRuntime().availableProcessors();
        var eligible = new AtomicInteger();
        long start = System.nanoTime();
        try (var pool = new ForkJoinPool(threads)) {
            pool.submit(() -> children.parallelStream().forEach(child -> {
                if (eligibility.check(child).result().outcome().name().equals("ELIGIBLE")) {
                    eligible.incrementAndGet();
                }
            })).get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        BenchmarkReport.section("(c) Re-checking 10,000 children in bulk",
                String.format("| children | threads | wall time | per second | eligible |\n|---|---|---|---|---|\n| 10,000 | %d | %.1f s | %.0f | %d |\n\n"
                        + "Random Rutland postcodes, ages 5 to 15, 10%% with SEN, 20%% on low income. Target: under 60 s on 2 cores.",
                        threads, seconds, 10_000 / seconds, eligible.get()));
        assertThat(seconds).as("bulk re-check of 10,000 children").isLessThan(60);
    }
}
