// What the story's republish dialog shows, fetched when it first opens.
import { json } from '@sveltejs/kit';
import { republishKit } from '$lib/server/republish-kit';

export const prerender = true;

export const GET = () => json(republishKit());
