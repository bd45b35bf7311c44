package org.travelassist;

import org.aopalliance.intercept.MethodInterceptor;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.travelassist.eligibility.EligibilityService;
import org.travelassist.places.Routes;

/**
 * Counts calls to the eligibility engine and to the router behind it, on the calling thread (the context is shared,
 * and a browserless test draws its pages on its own thread), so a test can show that drawing a page measures nothing.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestMeasuringCalls {

    private static final ThreadLocal<int[]> CALLS = ThreadLocal.withInitial(() -> new int[1]);

    /** Calls to the engine or the router on this thread since the last {@link #reset()}. */
    public static int onThisThread() {
        return CALLS.get()[0];
    }

    public static void reset() {
        CALLS.get()[0] = 0;
    }

    @Bean
    static BeanPostProcessor countMeasuringCalls() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                if (!(bean instanceof Routes) && !(bean instanceof EligibilityService)) {
                    return bean;
                }
                var proxy = new ProxyFactory(bean);
                proxy.setProxyTargetClass(bean instanceof EligibilityService);
                proxy.addAdvice((MethodInterceptor) call -> {
                    CALLS.get()[0]++;
                    return call.proceed();
                });
                return proxy.getProxy(bean.getClass().getClassLoader());
            }
        };
    }
}
