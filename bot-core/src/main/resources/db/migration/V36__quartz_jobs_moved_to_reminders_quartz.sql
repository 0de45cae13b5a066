-- The Quartz jobs moved from org.partnerbot.core.scheduling.quartz to org.partnerbot.core.reminders.quartz (issue 11).
-- Quartz stores each job's class name; without this a database from before the move would hold jobs it cannot load.
UPDATE QRTZ_JOB_DETAILS SET JOB_CLASS_NAME = REPLACE(JOB_CLASS_NAME, 'org.partnerbot.core.scheduling.quartz.',
    'org.partnerbot.core.reminders.quartz.')
WHERE JOB_CLASS_NAME LIKE 'org.partnerbot.core.scheduling.quartz.%';
