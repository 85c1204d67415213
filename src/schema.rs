// @generated automatically by Diesel CLI.

diesel::table! {
    communities (id) {
        id -> Int8,
        slug -> Text,
        name -> Text,
        description -> Text,
        guidelines_md -> Text,
        guidelines_html -> Text,
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
    posts (id) {
        id -> Int8,
        thread_id -> Int8,
        author_id -> Int8,
        is_opening -> Bool,
        body_md -> Text,
        body_html -> Text,
        status -> Text,
        created_at -> Int8,
        edited_at -> Nullable<Int8>,
    }
}

diesel::table! {
    sessions (id) {
        id -> Int8,
        token_hash -> Text,
        user_id -> Int8,
        created_at -> Int8,
        expires_at -> Int8,
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
    }
}

diesel::joinable!(memberships -> communities (community_id));
diesel::joinable!(memberships -> users (user_id));
diesel::joinable!(posts -> threads (thread_id));
diesel::joinable!(posts -> users (author_id));
diesel::joinable!(sessions -> users (user_id));
diesel::joinable!(threads -> communities (community_id));
diesel::joinable!(threads -> users (author_id));

diesel::allow_tables_to_appear_in_same_query!(
    communities,
    memberships,
    posts,
    sessions,
    threads,
    users,
);
