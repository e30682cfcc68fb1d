/** Plain patterns shared by schemas and by code that must stay free of zod (config checks). */
export const CURRENCY_CODE = /^[A-Z]{3}$/;
export const COUNTRY_CODE = /^[A-Z]{2}$/;
export const LOCALE_TAG = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;
export const ID = /^[A-Za-z0-9_.:-]+$/;
/** An absolute http(s) URL, a root-relative path, or a relative path starting with ./ or ../ */
export const API_URL = /^(https?:\/\/\S+|\/\S*|\.{1,2}\/\S*)$/i;
