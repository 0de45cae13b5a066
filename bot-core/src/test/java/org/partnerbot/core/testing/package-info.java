/**
 * Test support shared with the adapters (through the test jar): drivers, scenarios (run in English and, in lockstep,
 * in Welsh), clocks, databases.
 */
package org.partnerbot.core.testing;
