/** The bot's single entry point (`PartnerBot`): an input taken in, routed to its command with the role checks, run as one transaction, refused in one clear line, logged and measured; also the welcome of people who join. */
package org.partnerbot.core.bot;
