// @generated automatically by Diesel CLI.

diesel::table! {
    api_tokens (id) {
        id -> Int8,
        user_id -> Int8,
        name -> Text,
        token_hash -> Text,
        can_write -> Bool,
        created_at -> Int8,
        expires_at -> Int8,
        last_used_at -> Nullable<Int8>,
        revoked_at -> Nullable<Int8>,
    }
}

diesel::table! {
    audit_log (id) {
        id -> Int8,
        actor_id -> Nullable<Int8>,
        action -> Text,
        post_id -> Nullable<Int8>,
        subject_user_id -> Nullable<Int8>,
        kinds -> Text,
        note -> Text,
        created_at -> Int8,
        community_id -> Nullable<Int8>,
    }
}

diesel::table! {
    clinician_applications (id) {
        id -> Int8,
        user_id -> Int8,
        profession -> Text,
        specialty -> Text,
        licence_number -> Text,
        jurisdiction -> Text,
        npi -> Nullable<Text>,
        note -> Text,
        status -> Text,
        decided_by -> Nullable<Int8>,
        decided_at -> Nullable<Int8>,
        decision_reason -> Nullable<Text>,
        created_at -> Int8,
    }
}

diesel::table! {
    communities (id) {
        id -> Int8,
        slug -> Text,
        name -> Text,
        description -> Text,
        guidelines_md -> Text,
        guidelines_html -> Text,
        created_at -> Int8,
        thread_count -> Int8,
        member_count -> Int8,
        default_audience -> Text,
        noindex -> Bool,
        specialties -> Text,
        clinicians_read -> Bool,
        guidelines_updated_at -> Int8,
        archived_at -> Nullable<Int8>,
    }
}

diesel::table! {
    community_silences (community_id, user_id) {
        community_id -> Int8,
        user_id -> Int8,
        until -> Int8,
    }
}

diesel::table! {
    community_moderators (community_id, user_id) {
        community_id -> Int8,
        user_id -> Int8,
        lead -> Bool,
        appointed_by -> Nullable<Int8>,
        appointed_at -> Int8,
    }
}

diesel::table! {
    crisis_items (id) {
        id -> Int8,
        post_id -> Int8,
        source -> Text,
        level -> Text,
        subject -> Text,
        method_detail -> Bool,
        opened_at -> Int8,
        first_response_at -> Nullable<Int8>,
        first_responder_id -> Nullable<Int8>,
        escalated_at -> Nullable<Int8>,
        resolved_at -> Nullable<Int8>,
        resolved_by -> Nullable<Int8>,
        outcome -> Nullable<Text>,
    }
}

diesel::table! {
    data_exports (id) {
        id -> Int8,
        user_id -> Int8,
        status -> Text,
        archive -> Nullable<Binary>,
        requested_at -> Int8,
        claimed_until -> Nullable<Int8>,
        ready_at -> Nullable<Int8>,
        expires_at -> Nullable<Int8>,
    }
}

diesel::table! {
    email_tokens (id) {
        id -> Int8,
        user_id -> Int8,
        purpose -> Text,
        token_hash -> Text,
        expires_at -> Int8,
        used_at -> Nullable<Int8>,
        created_at -> Int8,
    }
}

diesel::table! {
    idempotency_keys (user_id, key) {
        user_id -> Int8,
        key -> Text,
        location -> Nullable<Text>,
        created_at -> Int8,
    }
}

diesel::table! {
    memberships (community_id, user_id) {
        community_id -> Int8,
        user_id -> Int8,
        joined_at -> Int8,
        guidelines_accepted_at -> Int8,
    }
}

diesel::table! {
    notices (id) {
        id -> Int8,
        user_id -> Int8,
        body -> Text,
        link -> Nullable<Text>,
        created_at -> Int8,
        read_at -> Nullable<Int8>,
    }
}

diesel::table! {
    outbox (id) {
        id -> Int8,
        template -> Text,
        to_address -> Text,
        params -> Text,
        batch_key -> Nullable<Text>,
        status -> Text,
        attempts -> Int4,
        next_attempt_at -> Int8,
        claimed_until -> Nullable<Int8>,
        last_error -> Nullable<Text>,
        created_at -> Int8,
        sent_at -> Nullable<Int8>,
    }
}

diesel::table! {
    post_revisions (id) {
        id -> Int8,
        post_id -> Int8,
        editor_id -> Int8,
        title -> Nullable<Text>,
        body_md -> Text,
        body_html -> Text,
        findings -> Text,
        created_at -> Int8,
        crisis -> Text,
    }
}

diesel::table! {
    post_search (post_id) {
        post_id -> Int8,
    }
}

diesel::table! {
    posts (id) {
        id -> Int8,
        thread_id -> Int8,
        author_id -> Int8,
        is_opening -> Bool,
        status -> Text,
        created_at -> Int8,
        edited_at -> Nullable<Int8>,
        review_since -> Nullable<Int8>,
        review_reason -> Nullable<Text>,
        decided_by -> Nullable<Int8>,
        decided_at -> Nullable<Int8>,
        rejection_reason -> Nullable<Text>,
        marked_helpful_at -> Nullable<Int8>,
        escalated_at -> Nullable<Int8>,
        published_revision_id -> Nullable<Int8>,
        pending_revision_id -> Nullable<Int8>,
        published_at -> Nullable<Int8>,
        revise_note -> Nullable<Text>,
        revise_asked_at -> Nullable<Int8>,
    }
}

diesel::table! {
    rate_limits (key) {
        key -> Text,
        window_start -> Int8,
        hits -> Int8,
    }
}

diesel::table! {
    reports (id) {
        id -> Int8,
        post_id -> Int8,
        reporter_id -> Int8,
        reason -> Text,
        note -> Text,
        created_at -> Int8,
        resolved_at -> Nullable<Int8>,
        resolved_by -> Nullable<Int8>,
    }
}

diesel::table! {
    reserved_handles (handle_hash) {
        handle_hash -> Text,
        reserved_at -> Int8,
    }
}

diesel::table! {
    sessions (id) {
        id -> Int8,
        token_hash -> Text,
        user_id -> Int8,
        created_at -> Int8,
        expires_at -> Int8,
        user_agent -> Nullable<Text>,
    }
}

diesel::table! {
    site_keys (name) {
        name -> Text,
        value -> Text,
    }
}

diesel::table! {
    site_settings (name) {
        name -> Text,
        value -> Text,
        updated_at -> Int8,
        updated_by -> Nullable<Int8>,
    }
}

diesel::table! {
    thread_follows (thread_id, user_id) {
        thread_id -> Int8,
        user_id -> Int8,
        muted -> Bool,
        created_at -> Int8,
    }
}

diesel::table! {
    threads (id) {
        id -> Int8,
        community_id -> Int8,
        author_id -> Int8,
        title -> Text,
        created_at -> Int8,
        last_activity_at -> Int8,
        status -> Text,
        reply_count -> Int8,
        audience -> Text,
        is_question -> Bool,
        answered_at -> Nullable<Int8>,
    }
}

diesel::table! {
    tip_revisions (id) {
        id -> Int8,
        tip_id -> Int8,
        editor_id -> Int8,
        title -> Text,
        body_md -> Text,
        body_html -> Text,
        reference_list -> Text,
        findings -> Text,
        created_at -> Int8,
    }
}

diesel::table! {
    tips (id) {
        id -> Int8,
        community_id -> Int8,
        author_id -> Int8,
        status -> Text,
        reviewer_id -> Nullable<Int8>,
        last_reviewed_at -> Nullable<Int8>,
        review_comment -> Nullable<Text>,
        pinned -> Bool,
        created_at -> Int8,
        updated_at -> Int8,
        published_revision_id -> Nullable<Int8>,
        pending_revision_id -> Nullable<Int8>,
    }
}

diesel::table! {
    tip_search (tip_id) {
        tip_id -> Int8,
    }
}

diesel::table! {
    user_notes (id) {
        id -> Int8,
        user_id -> Int8,
        author_id -> Int8,
        body -> Text,
        created_at -> Int8,
    }
}

diesel::table! {
    users (id) {
        id -> Int8,
        email -> Text,
        handle -> Text,
        handle_key -> Text,
        password_hash -> Text,
        role -> Text,
        created_at -> Int8,
        suspended_at -> Nullable<Int8>,
        silenced_until -> Nullable<Int8>,
        clinician_profession -> Nullable<Text>,
        clinician_specialty -> Nullable<Text>,
        clinician_verified_at -> Nullable<Int8>,
        email_verified_at -> Nullable<Int8>,
        notify_replies -> Bool,
        mail_token -> Nullable<Text>,
        country -> Nullable<Text>,
        profile_posts -> Text,
        erased_at -> Nullable<Int8>,
    }
}

diesel::joinable!(api_tokens -> users (user_id));
diesel::joinable!(audit_log -> users (actor_id));
diesel::joinable!(community_moderators -> communities (community_id));
diesel::joinable!(community_silences -> communities (community_id));
diesel::joinable!(crisis_items -> posts (post_id));
diesel::joinable!(data_exports -> users (user_id));
diesel::joinable!(email_tokens -> users (user_id));
diesel::joinable!(idempotency_keys -> users (user_id));
diesel::joinable!(memberships -> communities (community_id));
diesel::joinable!(memberships -> users (user_id));
diesel::joinable!(notices -> users (user_id));
diesel::joinable!(post_revisions -> posts (post_id));
diesel::joinable!(post_revisions -> users (editor_id));
diesel::joinable!(posts -> threads (thread_id));
diesel::joinable!(reports -> posts (post_id));
diesel::joinable!(sessions -> users (user_id));
diesel::joinable!(site_settings -> users (updated_by));
diesel::joinable!(thread_follows -> threads (thread_id));
diesel::joinable!(thread_follows -> users (user_id));
diesel::joinable!(threads -> communities (community_id));
diesel::joinable!(threads -> users (author_id));
diesel::joinable!(tip_revisions -> tips (tip_id));
diesel::joinable!(tip_revisions -> users (editor_id));
diesel::joinable!(tips -> communities (community_id));

diesel::allow_tables_to_appear_in_same_query!(
    api_tokens,
    audit_log,
    clinician_applications,
    communities,
    community_moderators,
    community_silences,
    crisis_items,
    data_exports,
    email_tokens,
    idempotency_keys,
    memberships,
    notices,
    outbox,
    post_revisions,
    post_search,
    posts,
    rate_limits,
    reports,
    reserved_handles,
    sessions,
    site_keys,
    site_settings,
    thread_follows,
    threads,
    tip_revisions,
    tip_search,
    tips,
    user_notes,
    users,
);
