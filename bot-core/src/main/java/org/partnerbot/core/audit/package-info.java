/** The audit log: who viewed or exported minutes outside the channel, who changed roles, access or retention, and every erasure; `audit [last <N>]` for admins. People are recorded by membership, so an erased person shows as their pseudonym. */
package org.partnerbot.core.audit;
