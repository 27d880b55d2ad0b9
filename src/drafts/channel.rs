//! Save announcements between tabs over a `BroadcastChannel`, so a tab
//! showing a draft learns at once that another tab stored it (see
//! `resolution_core::library::on_announcement` for what to do then).

use resolution_core::library::SaveAnnouncement;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{BroadcastChannel, MessageEvent};

use super::error::DraftStoreError;

/// The channel the app uses.
pub const CHANNEL_NAME: &str = "resolution-editor.saves";

/// An open channel; closed on drop.
pub struct SaveChannel {
    channel: BroadcastChannel,
    _listener: Closure<dyn FnMut(MessageEvent)>,
}

impl SaveChannel {
    /// Opens `name` and calls `on_save` for every well-formed announcement
    /// from other tabs (or other channels of this tab); anything else on
    /// the channel is ignored.
    pub fn open(
        name: &str,
        mut on_save: impl FnMut(SaveAnnouncement) + 'static,
    ) -> Result<Self, DraftStoreError> {
        let channel = BroadcastChannel::new(name)
            .map_err(|e| DraftStoreError::Unavailable(format!("BroadcastChannel: {e:?}")))?;
        let listener = Closure::<dyn FnMut(MessageEvent)>::new(move |event: MessageEvent| {
            let parsed = event
                .data()
                .as_string()
                .and_then(|text| serde_json::from_str::<SaveAnnouncement>(&text).ok());
            if let Some(announcement) = parsed {
                on_save(announcement);
            }
        });
        channel.set_onmessage(Some(listener.as_ref().unchecked_ref()));
        Ok(SaveChannel {
            channel,
            _listener: listener,
        })
    }

    /// Tells the other tabs about a stored save.
    pub fn announce(&self, announcement: &SaveAnnouncement) -> Result<(), DraftStoreError> {
        let text = serde_json::to_string(announcement)
            .map_err(|e| DraftStoreError::Failed(e.to_string()))?;
        self.channel
            .post_message(&text.into())
            .map_err(|e| DraftStoreError::from_js(&e))
    }
}

impl Drop for SaveChannel {
    fn drop(&mut self) {
        self.channel.set_onmessage(None);
        self.channel.close();
    }
}
