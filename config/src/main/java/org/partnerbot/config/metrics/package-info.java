/** Operational metrics (Micrometer, Prometheus format) for commands, HTTP acks and background work. */
package org.partnerbot.config.metrics;
