/** Test support shared with the adapters (through the test jar): drivers, scenarios, clocks, databases. */
package org.partnerbot.core.testing;
