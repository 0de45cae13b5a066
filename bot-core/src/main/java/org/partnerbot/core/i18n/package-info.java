/** Words in the reader's language: the {@code Messages} port over ICU bundles (English, Welsh), and bilingual posts. */
package org.partnerbot.core.i18n;
