-- A notification recorded without being sent (onestop.notify.mode=record) is RECORDED, not SENT:
-- SENT means a real channel accepted it.
alter table notification drop constraint notification_status_check;
alter table notification add constraint notification_status_check
    check (status in ('PENDING', 'SENDING', 'RETRY', 'SENT', 'RECORDED', 'FAILED'));
update notification set status = 'RECORDED', sent_at = null where status = 'SENT' and provider_message_id like 'recorded:%';
