/** The duties register: standing responsibilities, their owners, and the UNASSIGNED and DUPLICATED ones. */
package org.partnerbot.core.duties;
