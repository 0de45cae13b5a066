/** Actions with owners and due dates; unowned ones are shown as UNASSIGNED, never hidden. */
package org.partnerbot.core.actions;
