/**
 * Browser tests of the portal's daily flows in headless Chromium (Debian {@code chromium} and
 * {@code chromedriver}), against the one running Atrium of {@link com.atrium.it.RunningAtrium} with
 * the demo seed and its logins. Each test makes its own member and sale; waits are explicit
 * conditions, never sleeps.
 */
package com.atrium.it.browser;
