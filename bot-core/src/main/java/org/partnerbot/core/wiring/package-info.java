/** Assembles the core on a database (`CoreModule`, `ScheduleModule`, `TeamBuildingModule`, the whole as `Assembly`): the only place that builds repositories; the launcher and tests build the bot through it. */
package org.partnerbot.core.wiring;
