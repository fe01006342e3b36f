-- Click-to-chat (issue #14 item 6; PRODUCT.md §9): a clinic that sends from its own WhatsApp
-- (messaging mode click_to_chat) gets the same planned messages as the server would send, as
-- drafts: each is a `messages` row with provider 'click_to_chat' and no send job. The front desk
-- opens its wa.me link, presses send on the phone, and marks it sent here.
ALTER TABLE messages DROP CONSTRAINT messages_provider_check;
ALTER TABLE messages ADD CONSTRAINT messages_provider_check
  CHECK (provider IN ('outbox', 'meta', 'interakt', 'wati', 'click_to_chat'));
CREATE INDEX messages_drafts ON messages (clinic_id, due_at)
  WHERE provider = 'click_to_chat' AND status = 'queued';

-- Marking a draft sent is the front desk's (messaging.reply); the rest as before
-- (20261212090000_message_inbox.sql).
DROP POLICY role_update ON messages;
CREATE POLICY role_update ON messages AS RESTRICTIVE FOR UPDATE
  USING ((SELECT app_can('messaging.send'))
         OR ((SELECT app_can('schedule.write')) AND appointment_id IS NOT NULL
             AND status IN ('queued', 'cancelled'))
         OR ((SELECT app_can('messaging.reply')) AND provider = 'click_to_chat'
             AND direction = 'out'))
  WITH CHECK ((SELECT app_can('messaging.send'))
              OR ((SELECT app_can('schedule.write')) AND appointment_id IS NOT NULL
                  AND status IN ('queued', 'cancelled'))
              OR ((SELECT app_can('messaging.reply')) AND provider = 'click_to_chat'
                  AND direction = 'out'));
