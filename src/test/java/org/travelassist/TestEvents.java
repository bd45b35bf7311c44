package org.travelassist;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.EventListener;

/**
 * Every event the portal's modules publish, recorded as it is published (a plain listener, so the event
 * publication registry is not involved). Tests filter by type and by the id they made, since the context is shared.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestEvents {

    @Bean
    Recorder testEventRecorder() {
        return new Recorder();
    }

    public static class Recorder {

        private final List<Object> published = new CopyOnWriteArrayList<>();

        @EventListener
        void on(Object event) {
            Object payload = event instanceof PayloadApplicationEvent<?> wrapped ? wrapped.getPayload() : event;
            if (payload.getClass().getPackageName().startsWith("org.travelassist")) {
                published.add(payload);
            }
        }

        public <T> List<T> of(Class<T> type) {
            return published.stream().filter(type::isInstance).map(type::cast).toList();
        }
    }
}
