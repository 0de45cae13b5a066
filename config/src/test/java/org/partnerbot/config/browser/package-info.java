/**
 * Browser tests: Debian's headless Chromium through its chromedriver (never a downloaded browser or driver), with
 * full-page screenshots, axe-core accessibility checks and print to PDF read back page by page.
 */
package org.partnerbot.config.browser;
