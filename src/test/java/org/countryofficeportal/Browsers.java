package org.countryofficeportal;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.WebDriver;

import java.util.ArrayList;
import java.util.List;

/**
 * The browsers of a test class: started before its first test, quit after its last. Register it with
 * {@code @RegisterExtension static final Browsers browsers = new Browsers(n);}.
 */
public final class Browsers implements BeforeAllCallback, AfterAllCallback {

    private final int count;
    private final List<WebDriver> started = new ArrayList<>();

    public Browsers(int count) {
        this.count = count;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        for (int i = 0; i < count; i++) {
            started.add(Browser.start());
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        started.forEach(WebDriver::quit);
        started.clear();
    }

    public WebDriver first() {
        return started.get(0);
    }

    public WebDriver second() {
        return started.get(1);
    }
}
