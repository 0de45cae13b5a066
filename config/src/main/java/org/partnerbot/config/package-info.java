/** Settings, wiring and the launcher: the only place that knows every module. */
package org.partnerbot.config;
