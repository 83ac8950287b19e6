// Generated from the server's OpenAPI document by `npm run api -w @groundwork/web`. Do not edit.
export interface paths {
    "/healthz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The process is alive */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            status: string;
                        };
                    };
                };
                /** @description Problem */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Problem */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/readyz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The database answers */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            status: string;
                        };
                    };
                };
                /** @description Problem */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Problem */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign in with tenant, username and password; returns a bearer token */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description The tenant slug, e.g. demo */
                        tenant: string;
                        username: string;
                        password: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            accessToken: string;
                            /** Format: date-time */
                            expiresAt: string;
                            user: {
                                /** @description An id (digits, as a string) */
                                id: string;
                                username: string;
                                displayName: string;
                                role: string;
                                /** @description An id (digits, as a string) */
                                orgUnitId: string;
                                phone: string | null;
                                active: boolean;
                                lastLoginAt: string | null;
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: date-time */
                                updatedAt: string;
                            };
                            tenant: {
                                id: string;
                                slug: string;
                                name: string;
                            };
                        };
                    };
                };
                /** @description Problem */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Problem */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who you are: user (or API key role), tenant, permissions, your org unit and its city */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            kind: "user" | "api_key";
                            role: string;
                            user: {
                                /** @description An id (digits, as a string) */
                                id: string;
                                username: string;
                                displayName: string;
                                role: string;
                                /** @description An id (digits, as a string) */
                                orgUnitId: string;
                                phone: string | null;
                                active: boolean;
                                lastLoginAt: string | null;
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: date-time */
                                updatedAt: string;
                            } | null;
                            tenant: {
                                /** @description An id (digits, as a string) */
                                id: string;
                                slug: string;
                                name: string;
                                template: string;
                                active: boolean;
                                /** @description Lead kind, pool rules, stages, custom fields and tags seeded by the template */
                                settings: {
                                    [key: string]: unknown;
                                };
                                /** Format: date-time */
                                createdAt: string;
                            };
                            permissions: string[];
                            orgUnit: {
                                /** @description An id (digits, as a string) */
                                id: string;
                                name: string;
                                kind: string;
                            } | null;
                            city: {
                                /** @description An id (digits, as a string) */
                                id: string;
                                name: string;
                            } | null;
                        };
                    };
                };
                /** @description Problem */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Problem */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/platform/tenants": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the tenants (platform administrator) */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    /** @description The nextCursor of the previous page */
                    cursor?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** @description An id (digits, as a string) */
                                id: string;
                                slug: string;
                                name: string;
                                template: string;
                                active: boolean;
                                /** @description Lead kind, pool rules, stages, custom fields and tags seeded by the template */
                                settings: {
                                    [key: string]: unknown;
                                };
                                /** Format: date-time */
                                createdAt: string;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Problem */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Problem */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Create a tenant from a template, with its HQ unit and first administrator */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Lower-case letters, digits, - */
                        slug: string;
                        name: string;
                        template: "groupbuy" | "hotel" | "takeaway";
                        admin: {
                            /** @description Letters, digits, . _ - */
                            username: string;
                            password: string;
                            displayName?: string;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            tenant: {
                                /** @description An id (digits, as a string) */
                                id: string;
                                slug: string;
                                name: string;
                                template: string;
                                active: boolean;
                                /** @description Lead kind, pool rules, stages, custom fields and tags seeded by the template */
                                settings: {
                                    [key: string]: unknown;
                                };
                                /** Format: date-time */
                                createdAt: string;
                            };
                            admin: {
                                /** @description An id (digits, as a string) */
                                id: string;
                                username: string;
                                displayName: string;
                                role: string;
                                /** @description An id (digits, as a string) */
                                orgUnitId: string;
                                phone: string | null;
                                active: boolean;
                                lastLoginAt: string | null;
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: date-time */
                                updatedAt: string;
                            };
                        };
                    };
                };
                /** @description Problem */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Problem */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tenant": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your tenant and its settings */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description An id (digits, as a string) */
                            id: string;
                            slug: string;
                            name: string;
                            template: string;
                            active: boolean;
                            /** @description Lead kind, pool rules, stages, custom fields and tags seeded by the template */
                            settings: {
                                [key: string]: unknown;
                            };
                            /** Format: date-time */
                            createdAt: string;
                        };
                    };
                };
                /** @description Problem */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Problem */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/org-units": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the org units in your scope, in tree order */
        get: {
            parameters: {
                query?: {
                    kind?: "hq" | "region" | "city" | "team";
                    limit?: number;
                    /** @description The nextCursor of the previous page */
                    cursor?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** @description An id (digits, as a string) */
                                id: string;
                                parentId: string | null;
                                kind: "hq" | "region" | "city" | "team";
                                name: string;
                                /** @description Ids from the root down, e.g. /1/4/9/ */
                                path: string;
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: date-time */
                                updatedAt: string;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Problem */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Problem */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Add a region, city or team below a unit (tenant admin) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        kind: "region" | "city" | "team";
                        /** @description An id (digits, as a string) */
                        parentId: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description An id (digits, as a string) */
                            id: string;
                            parentId: string | null;
                            kind: "hq" | "region" | "city" | "team";
                            name: string;
                            /** @description Ids from the root down, e.g. /1/4/9/ */
                            path: string;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
                /** @description Problem */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Problem */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/org-units/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one org unit */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description An id (digits, as a string) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description An id (digits, as a string) */
                            id: string;
                            parentId: string | null;
                            kind: "hq" | "region" | "city" | "team";
                            name: string;
                            /** @description Ids from the root down, e.g. /1/4/9/ */
                            path: string;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
                /** @description Problem */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Problem */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Rename, re-kind or move a unit with its subtree (tenant admin) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description An id (digits, as a string) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name?: string;
                        kind?: "hq" | "region" | "city" | "team";
                        /** @description An id (digits, as a string) */
                        parentId?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description An id (digits, as a string) */
                            id: string;
                            parentId: string | null;
                            kind: "hq" | "region" | "city" | "team";
                            name: string;
                            /** @description Ids from the root down, e.g. /1/4/9/ */
                            path: string;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
                /** @description Problem */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Problem */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the users in your scope */
        get: {
            parameters: {
                query?: {
                    /** @description An id (digits, as a string) */
                    orgUnitId?: string;
                    /** @description One role per user */
                    role?: "bd" | "bd_manager" | "city_manager" | "ops" | "ops_manager" | "reviewer" | "hq" | "tenant_admin";
                    active?: boolean;
                    q?: string;
                    limit?: number;
                    /** @description The nextCursor of the previous page */
                    cursor?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** @description An id (digits, as a string) */
                                id: string;
                                username: string;
                                displayName: string;
                                role: string;
                                /** @description An id (digits, as a string) */
                                orgUnitId: string;
                                phone: string | null;
                                active: boolean;
                                lastLoginAt: string | null;
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: date-time */
                                updatedAt: string;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Problem */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Problem */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Add a user (tenant admin) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Letters, digits, . _ - */
                        username: string;
                        displayName: string;
                        password: string;
                        /** @description One role per user */
                        role: "bd" | "bd_manager" | "city_manager" | "ops" | "ops_manager" | "reviewer" | "hq" | "tenant_admin";
                        /** @description An id (digits, as a string) */
                        orgUnitId: string;
                        phone?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description An id (digits, as a string) */
                            id: string;
                            username: string;
                            displayName: string;
                            role: string;
                            /** @description An id (digits, as a string) */
                            orgUnitId: string;
                            phone: string | null;
                            active: boolean;
                            lastLoginAt: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
                /** @description Problem */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Problem */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Read one user */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description An id (digits, as a string) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description An id (digits, as a string) */
                            id: string;
                            username: string;
                            displayName: string;
                            role: string;
                            /** @description An id (digits, as a string) */
                            orgUnitId: string;
                            phone: string | null;
                            active: boolean;
                            lastLoginAt: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
                /** @description Problem */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Problem */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change or deactivate a user (tenant admin) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description An id (digits, as a string) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        displayName?: string;
                        password?: string;
                        /** @description One role per user */
                        role?: "bd" | "bd_manager" | "city_manager" | "ops" | "ops_manager" | "reviewer" | "hq" | "tenant_admin";
                        /** @description An id (digits, as a string) */
                        orgUnitId?: string;
                        phone?: string;
                        /** @description false deactivates the user; users are never deleted */
                        active?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description An id (digits, as a string) */
                            id: string;
                            username: string;
                            displayName: string;
                            role: string;
                            /** @description An id (digits, as a string) */
                            orgUnitId: string;
                            phone: string | null;
                            active: boolean;
                            lastLoginAt: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
                /** @description Problem */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Problem */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/api-keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the API keys (tenant admin) */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    /** @description The nextCursor of the previous page */
                    cursor?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** @description An id (digits, as a string) */
                                id: string;
                                name: string;
                                role: string;
                                createdBy: string | null;
                                /** Format: date-time */
                                createdAt: string;
                                lastUsedAt: string | null;
                                revokedAt: string | null;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Problem */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Problem */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Create an API key with a role; the key is shown once (tenant admin) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        /** @description One role per user */
                        role: "bd" | "bd_manager" | "city_manager" | "ops" | "ops_manager" | "reviewer" | "hq" | "tenant_admin";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            apiKey: {
                                /** @description An id (digits, as a string) */
                                id: string;
                                name: string;
                                role: string;
                                createdBy: string | null;
                                /** Format: date-time */
                                createdAt: string;
                                lastUsedAt: string | null;
                                revokedAt: string | null;
                            };
                            /** @description The key itself. Shown this once; send it as `Authorization: Bearer <token>` */
                            token: string;
                        };
                    };
                };
                /** @description Problem */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Problem */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/api-keys/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke an API key (tenant admin) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description An id (digits, as a string) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Problem */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Problem */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit-log": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every write in your tenant, newest first (tenant admin) */
        get: {
            parameters: {
                query?: {
                    actorId?: string;
                    actorKind?: "user" | "api_key" | "system";
                    action?: string;
                    object?: string;
                    objectId?: string;
                    from?: string;
                    to?: string;
                    limit?: number;
                    /** @description The nextCursor of the previous page */
                    cursor?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** @description An id (digits, as a string) */
                                id: string;
                                /** Format: date-time */
                                at: string;
                                actorKind: "user" | "api_key" | "system";
                                actorId: string | null;
                                /** @description As recorded: the username the person signed in with */
                                actorName: string;
                                actorDisplayName: string | null;
                                /** @description e.g. user.created, org_unit.updated, auth.login */
                                action: string;
                                object: string;
                                objectId: string | null;
                                ip: string | null;
                                requestId: string | null;
                                /** @description `after` (a created record), `changes` ({field: [before, after]}) or `note` */
                                detail: {
                                    [key: string]: unknown;
                                };
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Problem */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Problem */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/fields/{object}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The custom fields of an object (lead, contact, opportunity, contract, deal) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    object: "lead" | "opportunity" | "contract" | "deal" | "contact";
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** @description An id (digits, as a string) */
                                id: string;
                                object: string;
                                key: string;
                                labelZh: string;
                                labelEn: string;
                                type: string;
                                required: boolean;
                                options: {
                                    value: string;
                                    labelZh: string;
                                    labelEn: string;
                                }[];
                                indexed: boolean;
                                sensitive: boolean;
                                position: number;
                                active: boolean;
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: date-time */
                                updatedAt: string;
                            }[];
                        };
                    };
                };
                /** @description Problem */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Problem */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Define a custom field (tenant admin) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    object: "lead" | "opportunity" | "contract" | "deal" | "contact";
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        key: string;
                        labelZh: string;
                        labelEn: string;
                        type: "text" | "number" | "money" | "date" | "bool" | "enum" | "multi_enum" | "phone";
                        required?: boolean;
                        options?: {
                            value: string;
                            labelZh: string;
                            labelEn: string;
                        }[];
                        indexed?: boolean;
                        sensitive?: boolean;
                        position?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description An id (digits, as a string) */
                            id: string;
                            object: string;
                            key: string;
                            labelZh: string;
                            labelEn: string;
                            type: string;
                            required: boolean;
                            options: {
                                value: string;
                                labelZh: string;
                                labelEn: string;
                            }[];
                            indexed: boolean;
                            sensitive: boolean;
                            position: number;
                            active: boolean;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
                /** @description Problem */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Problem */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/fields/{object}/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Relabel, reorder, extend the options of, or hide a custom field (tenant admin) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    object: "lead" | "opportunity" | "contract" | "deal" | "contact";
                    /** @description An id (digits, as a string) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        labelZh?: string;
                        labelEn?: string;
                        required?: boolean;
                        options?: {
                            value: string;
                            labelZh: string;
                            labelEn: string;
                        }[];
                        indexed?: boolean;
                        sensitive?: boolean;
                        position?: number;
                        /** @description false hides the field; stored values are kept */
                        active?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description An id (digits, as a string) */
                            id: string;
                            object: string;
                            key: string;
                            labelZh: string;
                            labelEn: string;
                            type: string;
                            required: boolean;
                            options: {
                                value: string;
                                labelZh: string;
                                labelEn: string;
                            }[];
                            indexed: boolean;
                            sensitive: boolean;
                            position: number;
                            active: boolean;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
                /** @description Problem */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Problem */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/pools": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The pools (公海) with their scope and rules */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** @description An id (digits, as a string) */
                                id: string;
                                name: string;
                                orgUnitIds: string[];
                                rules: {
                                    /** @description Private leads one BD may hold */
                                    maxPrivate: number;
                                    /** @description Claims per BD per day */
                                    dailyClaimCap: number;
                                    termDays: number;
                                    noVisitDays: number;
                                    noSignDays: number;
                                    extendDays: number;
                                    maxSelfExtensions: number;
                                    reclaimCooldownDays: number;
                                    remindBeforeDays: number;
                                    exemptTags: string[];
                                };
                                tagRules: {
                                    tag: string;
                                    rules: {
                                        /** @description Private leads one BD may hold */
                                        maxPrivate?: number;
                                        /** @description Claims per BD per day */
                                        dailyClaimCap?: number;
                                        termDays?: number;
                                        noVisitDays?: number;
                                        noSignDays?: number;
                                        extendDays?: number;
                                        maxSelfExtensions?: number;
                                        reclaimCooldownDays?: number;
                                        remindBeforeDays?: number;
                                    };
                                }[];
                                rotateToPoolId: string | null;
                                active: boolean;
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: date-time */
                                updatedAt: string;
                            }[];
                        };
                    };
                };
                /** @description Problem */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Problem */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Create a pool (tenant admin) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        /** @description The units (and their subtrees) the pool serves */
                        orgUnitIds: string[];
                        rules: {
                            /** @description Private leads one BD may hold */
                            maxPrivate: number;
                            /** @description Claims per BD per day */
                            dailyClaimCap: number;
                            termDays: number;
                            noVisitDays: number;
                            noSignDays: number;
                            extendDays: number;
                            maxSelfExtensions: number;
                            reclaimCooldownDays: number;
                            remindBeforeDays: number;
                            exemptTags: string[];
                        };
                        /** @description Overrides for leads with a tag; first match wins */
                        tagRules?: {
                            tag: string;
                            rules: {
                                /** @description Private leads one BD may hold */
                                maxPrivate?: number;
                                /** @description Claims per BD per day */
                                dailyClaimCap?: number;
                                termDays?: number;
                                noVisitDays?: number;
                                noSignDays?: number;
                                extendDays?: number;
                                maxSelfExtensions?: number;
                                reclaimCooldownDays?: number;
                                remindBeforeDays?: number;
                            };
                        }[];
                        rotateToPoolId?: string | null;
                        active?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description An id (digits, as a string) */
                            id: string;
                            name: string;
                            orgUnitIds: string[];
                            rules: {
                                /** @description Private leads one BD may hold */
                                maxPrivate: number;
                                /** @description Claims per BD per day */
                                dailyClaimCap: number;
                                termDays: number;
                                noVisitDays: number;
                                noSignDays: number;
                                extendDays: number;
                                maxSelfExtensions: number;
                                reclaimCooldownDays: number;
                                remindBeforeDays: number;
                                exemptTags: string[];
                            };
                            tagRules: {
                                tag: string;
                                rules: {
                                    /** @description Private leads one BD may hold */
                                    maxPrivate?: number;
                                    /** @description Claims per BD per day */
                                    dailyClaimCap?: number;
                                    termDays?: number;
                                    noVisitDays?: number;
                                    noSignDays?: number;
                                    extendDays?: number;
                                    maxSelfExtensions?: number;
                                    reclaimCooldownDays?: number;
                                    remindBeforeDays?: number;
                                };
                            }[];
                            rotateToPoolId: string | null;
                            active: boolean;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
                /** @description Problem */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Problem */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/pools/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One pool */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description An id (digits, as a string) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description An id (digits, as a string) */
                            id: string;
                            name: string;
                            orgUnitIds: string[];
                            rules: {
                                /** @description Private leads one BD may hold */
                                maxPrivate: number;
                                /** @description Claims per BD per day */
                                dailyClaimCap: number;
                                termDays: number;
                                noVisitDays: number;
                                noSignDays: number;
                                extendDays: number;
                                maxSelfExtensions: number;
                                reclaimCooldownDays: number;
                                remindBeforeDays: number;
                                exemptTags: string[];
                            };
                            tagRules: {
                                tag: string;
                                rules: {
                                    /** @description Private leads one BD may hold */
                                    maxPrivate?: number;
                                    /** @description Claims per BD per day */
                                    dailyClaimCap?: number;
                                    termDays?: number;
                                    noVisitDays?: number;
                                    noSignDays?: number;
                                    extendDays?: number;
                                    maxSelfExtensions?: number;
                                    reclaimCooldownDays?: number;
                                    remindBeforeDays?: number;
                                };
                            }[];
                            rotateToPoolId: string | null;
                            active: boolean;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
                /** @description Problem */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Problem */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        /** Replace a pool’s scope and rules (tenant admin) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description An id (digits, as a string) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        /** @description The units (and their subtrees) the pool serves */
                        orgUnitIds: string[];
                        rules: {
                            /** @description Private leads one BD may hold */
                            maxPrivate: number;
                            /** @description Claims per BD per day */
                            dailyClaimCap: number;
                            termDays: number;
                            noVisitDays: number;
                            noSignDays: number;
                            extendDays: number;
                            maxSelfExtensions: number;
                            reclaimCooldownDays: number;
                            remindBeforeDays: number;
                            exemptTags: string[];
                        };
                        /** @description Overrides for leads with a tag; first match wins */
                        tagRules?: {
                            tag: string;
                            rules: {
                                /** @description Private leads one BD may hold */
                                maxPrivate?: number;
                                /** @description Claims per BD per day */
                                dailyClaimCap?: number;
                                termDays?: number;
                                noVisitDays?: number;
                                noSignDays?: number;
                                extendDays?: number;
                                maxSelfExtensions?: number;
                                reclaimCooldownDays?: number;
                                remindBeforeDays?: number;
                            };
                        }[];
                        rotateToPoolId?: string | null;
                        active?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description An id (digits, as a string) */
                            id: string;
                            name: string;
                            orgUnitIds: string[];
                            rules: {
                                /** @description Private leads one BD may hold */
                                maxPrivate: number;
                                /** @description Claims per BD per day */
                                dailyClaimCap: number;
                                termDays: number;
                                noVisitDays: number;
                                noSignDays: number;
                                extendDays: number;
                                maxSelfExtensions: number;
                                reclaimCooldownDays: number;
                                remindBeforeDays: number;
                                exemptTags: string[];
                            };
                            tagRules: {
                                tag: string;
                                rules: {
                                    /** @description Private leads one BD may hold */
                                    maxPrivate?: number;
                                    /** @description Claims per BD per day */
                                    dailyClaimCap?: number;
                                    termDays?: number;
                                    noVisitDays?: number;
                                    noSignDays?: number;
                                    extendDays?: number;
                                    maxSelfExtensions?: number;
                                    reclaimCooldownDays?: number;
                                    remindBeforeDays?: number;
                                };
                            }[];
                            rotateToPoolId: string | null;
                            active: boolean;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
                /** @description Problem */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Problem */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/pool/sweep": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Recycle the private leads past their deadline now, or preview a date with dryRun (tenant admin) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: date-time */
                        asOf?: string;
                        /** @description Only tell what would be recycled */
                        dryRun?: boolean;
                    } | null;
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            count: number;
                            dryRun: boolean;
                            /** Format: date-time */
                            asOf: string;
                            /** @description The first 1,000 leads; count has them all */
                            leads: {
                                /** @description An id (digits, as a string) */
                                id: string;
                                name: string;
                                /** @description An id (digits, as a string) */
                                ownerId: string;
                                reason: string;
                            }[];
                        };
                    };
                };
                /** @description Problem */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Problem */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/pool/expiring": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Private leads about to fall back to the pool: yours, or your team’s */
        get: {
            parameters: {
                query?: {
                    withinDays?: number;
                    scope?: "mine" | "team";
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** @description An id (digits, as a string) */
                                leadId: string;
                                name: string;
                                /** @description An id (digits, as a string) */
                                ownerId: string;
                                /** Format: date-time */
                                deadlineAt: string;
                                deadlineReason: string;
                                poolId: string | null;
                            }[];
                        };
                    };
                };
                /** @description Problem */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Problem */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/pool/team-load": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Each BD and team lead of your subtree: private leads held against their cap, today’s claims against the daily cap (managers) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** @description An id (digits, as a string) */
                                userId: string;
                                displayName: string;
                                role: string;
                                /** @description Private leads held now */
                                privateCount: number;
                                maxPrivate: number | null;
                                /** @description Claims made today, in the tenant’s time zone */
                                claimsToday: number;
                                dailyClaimCap: number | null;
                                poolId: string | null;
                            }[];
                        };
                    };
                };
                /** @description Problem */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Problem */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/leads": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List leads: scope public|mine|team|all, Chinese substring search q, filters, attr.<key>= */
        get: {
            parameters: {
                query?: {
                    scope?: "all" | "public" | "mine" | "team";
                    q?: string;
                    status?: "pending_review" | "public" | "private" | "signed" | "invalid";
                    tag?: string;
                    /** @description An id (digits, as a string) */
                    cityId?: string;
                    /** @description An id (digits, as a string) */
                    ownerId?: string;
                    category?: string;
                    limit?: number;
                    /** @description The nextCursor of the previous page */
                    cursor?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** @description An id (digits, as a string) */
                                id: string;
                                kind: string;
                                name: string;
                                status: string;
                                ownerId: string | null;
                                opsOwnerId: string | null;
                                handedOverAt: string | null;
                                poolId: string | null;
                                /** @description An id (digits, as a string) */
                                cityId: string;
                                claimedAt: string | null;
                                lastVisitAt: string | null;
                                deadlineAt: string | null;
                                deadlineReason: string | null;
                                extensionsUsed: number;
                                phone: string | null;
                                phoneMasked: boolean;
                                address: string | null;
                                lat: number | null;
                                lng: number | null;
                                category: string | null;
                                channel: string;
                                tags: string[];
                                /** @description Custom field values, checked against the tenant's field definitions */
                                attrs: {
                                    [key: string]: unknown;
                                };
                                duplicateOf: string | null;
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: date-time */
                                updatedAt: string;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Problem */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Problem */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Create a lead (a store or a brand); it is de-duplicated and enters review or the pool */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        kind?: "store" | "brand";
                        phone?: string | null;
                        address?: string | null;
                        lat?: number | null;
                        lng?: number | null;
                        /** @description An id (digits, as a string) */
                        cityId: string;
                        category?: string | null;
                        tags?: string[];
                        /** @description Custom field values, checked against the tenant's field definitions */
                        attrs?: {
                            [key: string]: unknown;
                        };
                        /** @description Where the creator stood (the phone's GPS) */
                        gps?: {
                            lat: number;
                            lng: number;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description An id (digits, as a string) */
                            id: string;
                            kind: string;
                            name: string;
                            status: string;
                            ownerId: string | null;
                            opsOwnerId: string | null;
                            handedOverAt: string | null;
                            poolId: string | null;
                            /** @description An id (digits, as a string) */
                            cityId: string;
                            claimedAt: string | null;
                            lastVisitAt: string | null;
                            deadlineAt: string | null;
                            deadlineReason: string | null;
                            extensionsUsed: number;
                            phone: string | null;
                            phoneMasked: boolean;
                            address: string | null;
                            lat: number | null;
                            lng: number | null;
                            category: string | null;
                            channel: string;
                            tags: string[];
                            /** @description Custom field values, checked against the tenant's field definitions */
                            attrs: {
                                [key: string]: unknown;
                            };
                            duplicateOf: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
                /** @description Problem */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Problem */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/leads/nearby": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The nearest leads within a radius (metres), each with its distance */
        get: {
            parameters: {
                query: {
                    lat: number;
                    lng: number;
                    /** @description metres */
                    radius?: number;
                    limit?: number;
                    scope?: "all" | "public" | "mine" | "team";
                    status?: "pending_review" | "public" | "private" | "signed" | "invalid";
                    category?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** @description An id (digits, as a string) */
                                id: string;
                                kind: string;
                                name: string;
                                status: string;
                                ownerId: string | null;
                                opsOwnerId: string | null;
                                handedOverAt: string | null;
                                poolId: string | null;
                                /** @description An id (digits, as a string) */
                                cityId: string;
                                claimedAt: string | null;
                                lastVisitAt: string | null;
                                deadlineAt: string | null;
                                deadlineReason: string | null;
                                extensionsUsed: number;
                                phone: string | null;
                                phoneMasked: boolean;
                                address: string | null;
                                lat: number | null;
                                lng: number | null;
                                category: string | null;
                                channel: string;
                                tags: string[];
                                /** @description Custom field values, checked against the tenant's field definitions */
                                attrs: {
                                    [key: string]: unknown;
                                };
                                duplicateOf: string | null;
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: date-time */
                                updatedAt: string;
                                distanceM: number;
                            }[];
                        };
                    };
                };
                /** @description Problem */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Problem */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/leads/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The merchant page (360): the lead, its pool state, contacts, visits, duplicates and history */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description An id (digits, as a string) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description An id (digits, as a string) */
                            id: string;
                            kind: string;
                            name: string;
                            status: string;
                            ownerId: string | null;
                            opsOwnerId: string | null;
                            handedOverAt: string | null;
                            poolId: string | null;
                            /** @description An id (digits, as a string) */
                            cityId: string;
                            claimedAt: string | null;
                            lastVisitAt: string | null;
                            deadlineAt: string | null;
                            deadlineReason: string | null;
                            extensionsUsed: number;
                            phone: string | null;
                            phoneMasked: boolean;
                            address: string | null;
                            lat: number | null;
                            lng: number | null;
                            category: string | null;
                            channel: string;
                            tags: string[];
                            /** @description Custom field values, checked against the tenant's field definitions */
                            attrs: {
                                [key: string]: unknown;
                            };
                            duplicateOf: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            contacts: {
                                /** @description An id (digits, as a string) */
                                id: string;
                                /** @description An id (digits, as a string) */
                                leadId: string;
                                name: string;
                                title: string | null;
                                phone: string | null;
                                phoneMasked: boolean;
                                isKeyPerson: boolean;
                                /** Format: date-time */
                                createdAt: string;
                            }[];
                            /** @description The latest 20 visits */
                            visits: {
                                /** @description An id (digits, as a string) */
                                id: string;
                                /** @description An id (digits, as a string) */
                                leadId: string;
                                /** @description The store visited */
                                leadName: string;
                                /** @description An id (digits, as a string) */
                                userId: string;
                                /** Format: date-time */
                                at: string;
                                lat: number;
                                lng: number;
                                distanceM: number | null;
                                /** @description Farther than the tenant's check-in limit */
                                far: boolean;
                                contactId: string | null;
                                kind: string;
                                result: string | null;
                                notes: string | null;
                                followUpAt: string | null;
                                /** Format: date-time */
                                createdAt: string;
                            }[];
                            duplicates: {
                                /** @description An id (digits, as a string) */
                                id: string;
                                name: string;
                                address: string | null;
                                status: string;
                                /** @description phone or name */
                                reason: string;
                                score: number;
                                distanceM: number | null;
                            }[];
                            opportunities: {
                                /** @description An id (digits, as a string) */
                                id: string;
                                /** @description An id (digits, as a string) */
                                leadId: string;
                                /** @description The merchant’s name (in lists and on the board) */
                                leadName?: string;
                                /** @description An id (digits, as a string) */
                                ownerId: string;
                                title: string;
                                stageKey: string;
                                amount: number | null;
                                expectedClose: string | null;
                                lostReason: string | null;
                                /** @description Custom field values (object opportunity) */
                                attrs: {
                                    [key: string]: unknown;
                                };
                                closedAt: string | null;
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: date-time */
                                updatedAt: string;
                            }[];
                            contracts: {
                                /** @description An id (digits, as a string) */
                                id: string;
                                /** @description An id (digits, as a string) */
                                leadId: string;
                                /** @description The merchant’s name (in lists) */
                                leadName?: string;
                                opportunityId: string | null;
                                /** @description An id (digits, as a string) */
                                ownerId: string;
                                type: string;
                                status: string;
                                title: string;
                                amount: number;
                                commissionRate: number;
                                /** Format: date */
                                startOn: string;
                                /** Format: date */
                                endOn: string;
                                terms: string | null;
                                attrs: {
                                    [key: string]: unknown;
                                };
                                /** @description How many times it was submitted */
                                round: number;
                                currentStep: number | null;
                                signedAt: string | null;
                                endedAt: string | null;
                                endReason: string | null;
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: date-time */
                                updatedAt: string;
                            }[];
                            /** @description The latest 100 deals */
                            deals: {
                                /** @description An id (digits, as a string) */
                                id: string;
                                /** @description An id (digits, as a string) */
                                leadId: string;
                                contractId: string | null;
                                /** @description An id (digits, as a string) */
                                ownerId: string;
                                title: string;
                                /** @description The merchant’s name when the deal was last written */
                                leadName: string;
                                /** @description An id (digits, as a string) */
                                cityId: string;
                                category: string | null;
                                items: {
                                    /** @description A line of the set menu, e.g. 招牌毛肚 */
                                    name: string;
                                    quantity: number;
                                    price?: number;
                                }[];
                                listPrice: number;
                                dealPrice: number;
                                minGroupSize: number;
                                /** Format: date */
                                validFrom: string;
                                /** Format: date */
                                validTo: string;
                                status: "draft" | "pending_audit" | "rejected" | "online" | "offline" | "expired";
                                salesCount: number;
                                salesUpdatedAt: string | null;
                                attrs: {
                                    [key: string]: unknown;
                                };
                                /** @description Checklist codes of the last rejection */
                                rejectionReasons: string[];
                                rejectionComment: string | null;
                                offlineReason: string | null;
                                submittedAt: string | null;
                                auditedBy: string | null;
                                auditedAt: string | null;
                                onlineAt: string | null;
                                /** @description When it went offline or expired */
                                offlineAt: string | null;
                                createdBy: string | null;
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: date-time */
                                updatedAt: string;
                            }[];
                            /** @description The latest 50 events; GET /leads/:id/events has them all */
                            events: {
                                /** @description An id (digits, as a string) */
                                id: string;
                                /** Format: date-time */
                                at: string;
                                kind: string;
                                actorKind: string;
                                actorId: string | null;
                                actorName: string;
                                fromStatus: string | null;
                                toStatus: string | null;
                                fromOwner: string | null;
                                toOwner: string | null;
                                reason: string | null;
                                detail: {
                                    [key: string]: unknown;
                                };
                            }[];
                        };
                    };
                };
                /** @description Problem */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Problem */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a lead */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description An id (digits, as a string) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name?: string;
                        phone?: string | null;
                        address?: string | null;
                        lat?: number | null;
                        lng?: number | null;
                        /** @description An id (digits, as a string) */
                        cityId?: string;
                        category?: string | null;
                        tags?: string[];
                        /** @description Custom field values, checked against the tenant's field definitions */
                        attrs?: {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description An id (digits, as a string) */
                            id: string;
                            kind: string;
                            name: string;
                            status: string;
                            ownerId: string | null;
                            opsOwnerId: string | null;
                            handedOverAt: string | null;
                            poolId: string | null;
                            /** @description An id (digits, as a string) */
                            cityId: string;
                            claimedAt: string | null;
                            lastVisitAt: string | null;
                            deadlineAt: string | null;
                            deadlineReason: string | null;
                            extensionsUsed: number;
                            phone: string | null;
                            phoneMasked: boolean;
                            address: string | null;
                            lat: number | null;
                            lng: number | null;
                            category: string | null;
                            channel: string;
                            tags: string[];
                            /** @description Custom field values, checked against the tenant's field definitions */
                            attrs: {
                                [key: string]: unknown;
                            };
                            duplicateOf: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
                /** @description Problem */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Problem */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/leads/{id}/reveal-phone": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Show a masked phone in full (owner chain, reviewers); every reveal is audited */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description An id (digits, as a string) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            phone: string | null;
                        };
                    };
                };
                /** @description Problem */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Problem */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/leads/{id}/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The full history of a lead, newest first, with reasons */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    /** @description The nextCursor of the previous page */
                    cursor?: string;
                };
                header?: never;
                path: {
                    /** @description An id (digits, as a string) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** @description An id (digits, as a string) */
                                id: string;
                                /** Format: date-time */
                                at: string;
                                kind: string;
                                actorKind: string;
                                actorId: string | null;
                                actorName: string;
                                fromStatus: string | null;
                                toStatus: string | null;
                                fromOwner: string | null;
                                toOwner: string | null;
                                reason: string | null;
                                detail: {
                                    [key: string]: unknown;
                                };
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Problem */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Problem */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/leads/{id}/claim": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Claim a public lead into your private pool (cap, daily cap and cool-down apply) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description An id (digits, as a string) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description An id (digits, as a string) */
                            id: string;
                            kind: string;
                            name: string;
                            status: string;
                            ownerId: string | null;
                            opsOwnerId: string | null;
                            handedOverAt: string | null;
                            poolId: string | null;
                            /** @description An id (digits, as a string) */
                            cityId: string;
                            claimedAt: string | null;
                            lastVisitAt: string | null;
                            deadlineAt: string | null;
                            deadlineReason: string | null;
                            extensionsUsed: number;
                            phone: string | null;
                            phoneMasked: boolean;
                            address: string | null;
                            lat: number | null;
                            lng: number | null;
                            category: string | null;
                            channel: string;
                            tags: string[];
                            /** @description Custom field values, checked against the tenant's field definitions */
                            attrs: {
                                [key: string]: unknown;
                            };
                            duplicateOf: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
                /** @description Problem */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Problem */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/leads/{id}/release": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Give a private lead back to the public pool (owner, or their manager with a reason) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description An id (digits, as a string) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason?: string;
                    } | null;
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description An id (digits, as a string) */
                            id: string;
                            kind: string;
                            name: string;
                            status: string;
                            ownerId: string | null;
                            opsOwnerId: string | null;
                            handedOverAt: string | null;
                            poolId: string | null;
                            /** @description An id (digits, as a string) */
                            cityId: string;
                            claimedAt: string | null;
                            lastVisitAt: string | null;
                            deadlineAt: string | null;
                            deadlineReason: string | null;
                            extensionsUsed: number;
                            phone: string | null;
                            phoneMasked: boolean;
                            address: string | null;
                            lat: number | null;
                            lng: number | null;
                            category: string | null;
                            channel: string;
                            tags: string[];
                            /** @description Custom field values, checked against the tenant's field definitions */
                            attrs: {
                                [key: string]: unknown;
                            };
                            duplicateOf: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
                /** @description Problem */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Problem */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/leads/{id}/assign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Put a lead into a team member's private pool (managers; the cap holds unless overridden) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description An id (digits, as a string) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description An id (digits, as a string) */
                        userId: string;
                        reason: string;
                        /** @description Assign beyond the cap (recorded with the reason) */
                        overrideCap?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description An id (digits, as a string) */
                            id: string;
                            kind: string;
                            name: string;
                            status: string;
                            ownerId: string | null;
                            opsOwnerId: string | null;
                            handedOverAt: string | null;
                            poolId: string | null;
                            /** @description An id (digits, as a string) */
                            cityId: string;
                            claimedAt: string | null;
                            lastVisitAt: string | null;
                            deadlineAt: string | null;
                            deadlineReason: string | null;
                            extensionsUsed: number;
                            phone: string | null;
                            phoneMasked: boolean;
                            address: string | null;
                            lat: number | null;
                            lng: number | null;
                            category: string | null;
                            channel: string;
                            tags: string[];
                            /** @description Custom field values, checked against the tenant's field definitions */
                            attrs: {
                                [key: string]: unknown;
                            };
                            duplicateOf: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
                /** @description Problem */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Problem */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/leads/{id}/extend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Push the deadline out by the pool’s extension (owner a limited number of times, or a manager) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description An id (digits, as a string) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description An id (digits, as a string) */
                            id: string;
                            kind: string;
                            name: string;
                            status: string;
                            ownerId: string | null;
                            opsOwnerId: string | null;
                            handedOverAt: string | null;
                            poolId: string | null;
                            /** @description An id (digits, as a string) */
                            cityId: string;
                            claimedAt: string | null;
                            lastVisitAt: string | null;
                            deadlineAt: string | null;
                            deadlineReason: string | null;
                            extensionsUsed: number;
                            phone: string | null;
                            phoneMasked: boolean;
                            address: string | null;
                            lat: number | null;
                            lng: number | null;
                            category: string | null;
                            channel: string;
                            tags: string[];
                            /** @description Custom field values, checked against the tenant's field definitions */
                            attrs: {
                                [key: string]: unknown;
                            };
                            duplicateOf: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
                /** @description Problem */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Problem */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/leads/{id}/contacts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The people of a merchant */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description An id (digits, as a string) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** @description An id (digits, as a string) */
                                id: string;
                                /** @description An id (digits, as a string) */
                                leadId: string;
                                name: string;
                                title: string | null;
                                phone: string | null;
                                phoneMasked: boolean;
                                isKeyPerson: boolean;
                                /** Format: date-time */
                                createdAt: string;
                            }[];
                        };
                    };
                };
                /** @description Problem */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Problem */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Add a person (phone encrypted at rest) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description An id (digits, as a string) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        title?: string;
                        phone?: string;
                        /** @description The decision maker (KP) */
                        isKeyPerson?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description An id (digits, as a string) */
                            id: string;
                            /** @description An id (digits, as a string) */
                            leadId: string;
                            name: string;
                            title: string | null;
                            phone: string | null;
                            phoneMasked: boolean;
                            isKeyPerson: boolean;
                            /** Format: date-time */
                            createdAt: string;
                        };
                    };
                };
                /** @description Problem */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Problem */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/leads/{id}/contacts/{contactId}/reveal-phone": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Show a contact’s phone in full (owner chain); audited */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description An id (digits, as a string) */
                    id: string;
                    /** @description An id (digits, as a string) */
                    contactId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            phone: string | null;
                        };
                    };
                };
                /** @description Problem */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Problem */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/leads/{id}/visits": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Check in a visit with the phone’s GPS; far check-ins are flagged; the owner’s visit moves the deadline */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description An id (digits, as a string) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        lat: number;
                        lng: number;
                        /** @description An id (digits, as a string) */
                        contactId?: string;
                        kind: "first" | "follow_up" | "sign" | "maintain";
                        result?: string;
                        notes?: string;
                        /** Format: date-time */
                        at?: string;
                        /**
                         * Format: date-time
                         * @description When the rep means to follow up; shown in their to-dos
                         */
                        followUpAt?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description An id (digits, as a string) */
                            id: string;
                            /** @description An id (digits, as a string) */
                            leadId: string;
                            /** @description The store visited */
                            leadName: string;
                            /** @description An id (digits, as a string) */
                            userId: string;
                            /** Format: date-time */
                            at: string;
                            lat: number;
                            lng: number;
                            distanceM: number | null;
                            /** @description Farther than the tenant's check-in limit */
                            far: boolean;
                            contactId: string | null;
                            kind: string;
                            result: string | null;
                            notes: string | null;
                            followUpAt: string | null;
                            /** Format: date-time */
                            createdAt: string;
                        };
                    };
                };
                /** @description Problem */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Problem */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/visits": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Visits, newest first: yours, or your team’s (userId, leadId, from, to) */
        get: {
            parameters: {
                query?: {
                    /** @description An id (digits, as a string) */
                    userId?: string;
                    /** @description An id (digits, as a string) */
                    leadId?: string;
                    from?: string;
                    to?: string;
                    limit?: number;
                    /** @description The nextCursor of the previous page */
                    cursor?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** @description An id (digits, as a string) */
                                id: string;
                                /** @description An id (digits, as a string) */
                                leadId: string;
                                /** @description The store visited */
                                leadName: string;
                                /** @description An id (digits, as a string) */
                                userId: string;
                                /** Format: date-time */
                                at: string;
                                lat: number;
                                lng: number;
                                distanceM: number | null;
                                /** @description Farther than the tenant's check-in limit */
                                far: boolean;
                                contactId: string | null;
                                kind: string;
                                result: string | null;
                                notes: string | null;
                                followUpAt: string | null;
                                /** Format: date-time */
                                createdAt: string;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Problem */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Problem */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/review/leads": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Leads waiting for review, oldest first, with their possible duplicates */
        get: {
            parameters: {
                query?: {
                    /** @description An id (digits, as a string) */
                    cityId?: string;
                    limit?: number;
                    /** @description The nextCursor of the previous page */
                    cursor?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                lead: {
                                    /** @description An id (digits, as a string) */
                                    id: string;
                                    kind: string;
                                    name: string;
                                    status: string;
                                    ownerId: string | null;
                                    opsOwnerId: string | null;
                                    handedOverAt: string | null;
                                    poolId: string | null;
                                    /** @description An id (digits, as a string) */
                                    cityId: string;
                                    claimedAt: string | null;
                                    lastVisitAt: string | null;
                                    deadlineAt: string | null;
                                    deadlineReason: string | null;
                                    extensionsUsed: number;
                                    phone: string | null;
                                    phoneMasked: boolean;
                                    address: string | null;
                                    lat: number | null;
                                    lng: number | null;
                                    category: string | null;
                                    channel: string;
                                    tags: string[];
                                    /** @description Custom field values, checked against the tenant's field definitions */
                                    attrs: {
                                        [key: string]: unknown;
                                    };
                                    duplicateOf: string | null;
                                    /** Format: date-time */
                                    createdAt: string;
                                    /** Format: date-time */
                                    updatedAt: string;
                                };
                                duplicates: {
                                    /** @description An id (digits, as a string) */
                                    id: string;
                                    name: string;
                                    address: string | null;
                                    status: string;
                                    /** @description phone or name */
                                    reason: string;
                                    score: number;
                                    distanceM: number | null;
                                }[];
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Problem */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Problem */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/review/leads/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Approve: the lead enters its pool */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description An id (digits, as a string) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description An id (digits, as a string) */
                            id: string;
                            kind: string;
                            name: string;
                            status: string;
                            ownerId: string | null;
                            opsOwnerId: string | null;
                            handedOverAt: string | null;
                            poolId: string | null;
                            /** @description An id (digits, as a string) */
                            cityId: string;
                            claimedAt: string | null;
                            lastVisitAt: string | null;
                            deadlineAt: string | null;
                            deadlineReason: string | null;
                            extensionsUsed: number;
                            phone: string | null;
                            phoneMasked: boolean;
                            address: string | null;
                            lat: number | null;
                            lng: number | null;
                            category: string | null;
                            channel: string;
                            tags: string[];
                            /** @description Custom field values, checked against the tenant's field definitions */
                            attrs: {
                                [key: string]: unknown;
                            };
                            duplicateOf: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
                /** @description Problem */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Problem */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/review/leads/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reject: the lead is set aside as invalid, with the reason */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description An id (digits, as a string) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description An id (digits, as a string) */
                            id: string;
                            kind: string;
                            name: string;
                            status: string;
                            ownerId: string | null;
                            opsOwnerId: string | null;
                            handedOverAt: string | null;
                            poolId: string | null;
                            /** @description An id (digits, as a string) */
                            cityId: string;
                            claimedAt: string | null;
                            lastVisitAt: string | null;
                            deadlineAt: string | null;
                            deadlineReason: string | null;
                            extensionsUsed: number;
                            phone: string | null;
                            phoneMasked: boolean;
                            address: string | null;
                            lat: number | null;
                            lng: number | null;
                            category: string | null;
                            channel: string;
                            tags: string[];
                            /** @description Custom field values, checked against the tenant's field definitions */
                            attrs: {
                                [key: string]: unknown;
                            };
                            duplicateOf: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
                /** @description Problem */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Problem */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/review/leads/{id}/merge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Merge into an existing lead: contacts, visits and history move to the survivor */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description An id (digits, as a string) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description An id (digits, as a string) */
                        intoId: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description An id (digits, as a string) */
                            id: string;
                            kind: string;
                            name: string;
                            status: string;
                            ownerId: string | null;
                            opsOwnerId: string | null;
                            handedOverAt: string | null;
                            poolId: string | null;
                            /** @description An id (digits, as a string) */
                            cityId: string;
                            claimedAt: string | null;
                            lastVisitAt: string | null;
                            deadlineAt: string | null;
                            deadlineReason: string | null;
                            extensionsUsed: number;
                            phone: string | null;
                            phoneMasked: boolean;
                            address: string | null;
                            lat: number | null;
                            lng: number | null;
                            category: string | null;
                            channel: string;
                            tags: string[];
                            /** @description Custom field values, checked against the tenant's field definitions */
                            attrs: {
                                [key: string]: unknown;
                            };
                            duplicateOf: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
                /** @description Problem */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Problem */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/leads/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Bulk import (CSV/XLSX, multipart field "file"): answers 202 with a job; GET /jobs/:id shows progress
         * @description Columns by header, Chinese or English: 名称/name, 电话/phone, 地址/address, 纬度/lat, 经度/lng, 城市/city (name or id), 品类/category, 标签/tags (comma-separated), and custom fields as attr.<key> or by their label. Refused rows go to the job’s error report with all their values.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            /** @description multipart/form-data */
            requestBody: {
                content: {
                    "multipart/form-data": {
                        /**
                         * Format: binary
                         * @description CSV (UTF-8 or GBK) or XLSX, at most 200 MB
                         */
                        file: string;
                        /** @description The system of the coordinates in the file (Baidu exports are bd09, Amap gcj02) */
                        coordSystem?: "wgs84" | "gcj02" | "bd09";
                        /** @description An id (digits, as a string) */
                        cityId?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description An id (digits, as a string) */
                            jobId: string;
                            /** @enum {string} */
                            status: "queued";
                            /** @description Header names that match no field: not imported */
                            ignoredColumns: string[];
                        };
                    };
                };
                /** @description Problem */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Problem */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/leads/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Export the leads of a list query (same filters and visibility) as CSV or XLSX, streamed */
        get: {
            parameters: {
                query?: {
                    scope?: "all" | "public" | "mine" | "team";
                    q?: string;
                    status?: "pending_review" | "public" | "private" | "signed" | "invalid";
                    tag?: string;
                    /** @description An id (digits, as a string) */
                    cityId?: string;
                    /** @description An id (digits, as a string) */
                    ownerId?: string;
                    category?: string;
                    format?: "csv" | "xlsx";
                    lang?: "zh" | "en";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The CSV or XLSX file */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": string;
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    };
                };
                /** @description Problem */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Problem */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/jobs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A background job (an import): status and progress; its creator and admins see it */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description An id (digits, as a string) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description An id (digits, as a string) */
                            id: string;
                            /** @description e.g. lead_import */
                            kind: string;
                            status: "queued" | "running" | "done" | "failed";
                            total: number | null;
                            /** @description Rows read so far, good and bad */
                            processed: number;
                            succeeded: number;
                            failed: number;
                            /** Format: date-time */
                            createdAt: string;
                            startedAt: string | null;
                            finishedAt: string | null;
                            error: string | null;
                            errorReportUrl: string | null;
                        };
                    };
                };
                /** @description Problem */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Problem */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/jobs/{id}/errors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The refused rows of an import as CSV: row number, reason and every original value */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description An id (digits, as a string) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description CSV with a byte-order mark */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": string;
                    };
                };
                /** @description Problem */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Problem */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/{tenantSlug}/inquiries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A merchant asks to be contacted (public form, rate-limited): a lead in review with its contact */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    tenantSlug: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        storeName: string;
                        contactName: string;
                        /** @description A number we can call back */
                        phone: string;
                        address?: string;
                        cityName?: string;
                        category?: string;
                        message?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description An id (digits, as a string) */
                            id: string;
                            /** @enum {string} */
                            status: "received";
                        };
                    };
                };
                /** @description Problem */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Problem */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/settings/stages/opportunity": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The opportunity stages, in order */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                key: string;
                                labelZh: string;
                                labelEn: string;
                                /** @description Win probability, % */
                                probability: number;
                                isWon: boolean;
                                isLost: boolean;
                            }[];
                        };
                    };
                };
                /** @description Problem */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Problem */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        /** Replace the stages (tenant admin): order, labels, win probability, won/lost flags */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        items: {
                            key: string;
                            labelZh: string;
                            labelEn: string;
                            /** @description Win probability, % */
                            probability: number;
                            isWon: boolean;
                            isLost: boolean;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                key: string;
                                labelZh: string;
                                labelEn: string;
                                /** @description Win probability, % */
                                probability: number;
                                isWon: boolean;
                                isLost: boolean;
                            }[];
                        };
                    };
                };
                /** @description Problem */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Problem */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/leads/{id}/opportunities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Open an opportunity on a merchant you own (or your team owns) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description An id (digits, as a string) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        title: string;
                        amount?: number | null;
                        expectedClose?: string | null;
                        stageKey?: string;
                        /** @description Custom field values (object opportunity) */
                        attrs?: {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description An id (digits, as a string) */
                            id: string;
                            /** @description An id (digits, as a string) */
                            leadId: string;
                            /** @description The merchant’s name (in lists and on the board) */
                            leadName?: string;
                            /** @description An id (digits, as a string) */
                            ownerId: string;
                            title: string;
                            stageKey: string;
                            amount: number | null;
                            expectedClose: string | null;
                            lostReason: string | null;
                            /** @description Custom field values (object opportunity) */
                            attrs: {
                                [key: string]: unknown;
                            };
                            closedAt: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
                /** @description Problem */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Problem */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/opportunities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Opportunities, newest first: yours, your team’s, or all you may see */
        get: {
            parameters: {
                query?: {
                    scope?: "all" | "mine" | "team";
                    /** @description An id (digits, as a string) */
                    ownerId?: string;
                    /** @description An id (digits, as a string) */
                    leadId?: string;
                    stageKey?: string;
                    limit?: number;
                    /** @description The nextCursor of the previous page */
                    cursor?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** @description An id (digits, as a string) */
                                id: string;
                                /** @description An id (digits, as a string) */
                                leadId: string;
                                /** @description The merchant’s name (in lists and on the board) */
                                leadName?: string;
                                /** @description An id (digits, as a string) */
                                ownerId: string;
                                title: string;
                                stageKey: string;
                                amount: number | null;
                                expectedClose: string | null;
                                lostReason: string | null;
                                /** @description Custom field values (object opportunity) */
                                attrs: {
                                    [key: string]: unknown;
                                };
                                closedAt: string | null;
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: date-time */
                                updatedAt: string;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Problem */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Problem */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/opportunities/board": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The kanban: each stage with its count, amount and first opportunities */
        get: {
            parameters: {
                query?: {
                    scope?: "all" | "mine" | "team";
                    /** @description An id (digits, as a string) */
                    ownerId?: string;
                    perStage?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            columns: {
                                stage: {
                                    key: string;
                                    labelZh: string;
                                    labelEn: string;
                                    /** @description Win probability, % */
                                    probability: number;
                                    isWon: boolean;
                                    isLost: boolean;
                                };
                                count: number;
                                amount: number;
                                items: {
                                    /** @description An id (digits, as a string) */
                                    id: string;
                                    /** @description An id (digits, as a string) */
                                    leadId: string;
                                    /** @description The merchant’s name (in lists and on the board) */
                                    leadName?: string;
                                    /** @description An id (digits, as a string) */
                                    ownerId: string;
                                    title: string;
                                    stageKey: string;
                                    amount: number | null;
                                    expectedClose: string | null;
                                    lostReason: string | null;
                                    /** @description Custom field values (object opportunity) */
                                    attrs: {
                                        [key: string]: unknown;
                                    };
                                    closedAt: string | null;
                                    /** Format: date-time */
                                    createdAt: string;
                                    /** Format: date-time */
                                    updatedAt: string;
                                }[];
                            }[];
                        };
                    };
                };
                /** @description Problem */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Problem */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/opportunities/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One opportunity with its stage history */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description An id (digits, as a string) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description An id (digits, as a string) */
                            id: string;
                            /** @description An id (digits, as a string) */
                            leadId: string;
                            /** @description The merchant’s name (in lists and on the board) */
                            leadName?: string;
                            /** @description An id (digits, as a string) */
                            ownerId: string;
                            title: string;
                            stageKey: string;
                            amount: number | null;
                            expectedClose: string | null;
                            lostReason: string | null;
                            /** @description Custom field values (object opportunity) */
                            attrs: {
                                [key: string]: unknown;
                            };
                            closedAt: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            history: {
                                /** Format: date-time */
                                at: string;
                                actorName: string;
                                fromStage: string | null;
                                toStage: string;
                                note: string | null;
                            }[];
                        };
                    };
                };
                /** @description Problem */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Problem */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change an opportunity */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description An id (digits, as a string) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        title?: string;
                        amount?: number | null;
                        expectedClose?: string | null;
                        /** @description Custom field values (object opportunity) */
                        attrs?: {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description An id (digits, as a string) */
                            id: string;
                            /** @description An id (digits, as a string) */
                            leadId: string;
                            /** @description The merchant’s name (in lists and on the board) */
                            leadName?: string;
                            /** @description An id (digits, as a string) */
                            ownerId: string;
                            title: string;
                            stageKey: string;
                            amount: number | null;
                            expectedClose: string | null;
                            lostReason: string | null;
                            /** @description Custom field values (object opportunity) */
                            attrs: {
                                [key: string]: unknown;
                            };
                            closedAt: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
                /** @description Problem */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Problem */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/opportunities/{id}/stage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Move to a stage (a lost one needs lostReason); recorded in the history */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description An id (digits, as a string) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        stageKey: string;
                        lostReason?: string;
                        note?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description An id (digits, as a string) */
                            id: string;
                            /** @description An id (digits, as a string) */
                            leadId: string;
                            /** @description The merchant’s name (in lists and on the board) */
                            leadName?: string;
                            /** @description An id (digits, as a string) */
                            ownerId: string;
                            title: string;
                            stageKey: string;
                            amount: number | null;
                            expectedClose: string | null;
                            lostReason: string | null;
                            /** @description Custom field values (object opportunity) */
                            attrs: {
                                [key: string]: unknown;
                            };
                            closedAt: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
                /** @description Problem */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Problem */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/leads/{id}/contracts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Draft a contract for a merchant you own: new, renewal or change */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description An id (digits, as a string) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        type: "new" | "renewal" | "change";
                        title: string;
                        amount: number;
                        /** @description Commission, % */
                        commissionRate: number;
                        /** Format: date */
                        startOn: string;
                        /** Format: date */
                        endOn: string;
                        terms?: string | null;
                        /** @description An id (digits, as a string) */
                        opportunityId?: string;
                        attrs?: {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description An id (digits, as a string) */
                            id: string;
                            /** @description An id (digits, as a string) */
                            leadId: string;
                            /** @description The merchant’s name (in lists) */
                            leadName?: string;
                            opportunityId: string | null;
                            /** @description An id (digits, as a string) */
                            ownerId: string;
                            type: string;
                            status: string;
                            title: string;
                            amount: number;
                            commissionRate: number;
                            /** Format: date */
                            startOn: string;
                            /** Format: date */
                            endOn: string;
                            terms: string | null;
                            attrs: {
                                [key: string]: unknown;
                            };
                            /** @description How many times it was submitted */
                            round: number;
                            currentStep: number | null;
                            signedAt: string | null;
                            endedAt: string | null;
                            endReason: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
                /** @description Problem */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Problem */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contracts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Contracts of your team, or of one merchant */
        get: {
            parameters: {
                query?: {
                    /** @description An id (digits, as a string) */
                    leadId?: string;
                    status?: "draft" | "pending_approval" | "approved" | "rejected" | "signed" | "active" | "expired" | "terminated";
                    limit?: number;
                    /** @description The nextCursor of the previous page */
                    cursor?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** @description An id (digits, as a string) */
                                id: string;
                                /** @description An id (digits, as a string) */
                                leadId: string;
                                /** @description The merchant’s name (in lists) */
                                leadName?: string;
                                opportunityId: string | null;
                                /** @description An id (digits, as a string) */
                                ownerId: string;
                                type: string;
                                status: string;
                                title: string;
                                amount: number;
                                commissionRate: number;
                                /** Format: date */
                                startOn: string;
                                /** Format: date */
                                endOn: string;
                                terms: string | null;
                                attrs: {
                                    [key: string]: unknown;
                                };
                                /** @description How many times it was submitted */
                                round: number;
                                currentStep: number | null;
                                signedAt: string | null;
                                endedAt: string | null;
                                endReason: string | null;
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: date-time */
                                updatedAt: string;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Problem */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Problem */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contracts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A contract with its approval trail */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description An id (digits, as a string) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description An id (digits, as a string) */
                            id: string;
                            /** @description An id (digits, as a string) */
                            leadId: string;
                            /** @description The merchant’s name (in lists) */
                            leadName?: string;
                            opportunityId: string | null;
                            /** @description An id (digits, as a string) */
                            ownerId: string;
                            type: string;
                            status: string;
                            title: string;
                            amount: number;
                            commissionRate: number;
                            /** Format: date */
                            startOn: string;
                            /** Format: date */
                            endOn: string;
                            terms: string | null;
                            attrs: {
                                [key: string]: unknown;
                            };
                            /** @description How many times it was submitted */
                            round: number;
                            currentStep: number | null;
                            signedAt: string | null;
                            endedAt: string | null;
                            endReason: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            approvals: {
                                round: number;
                                step: number;
                                role: string;
                                /** @description pending, approved or rejected */
                                decision: string;
                                decidedBy: string | null;
                                decidedByName: string | null;
                                comment: string | null;
                                decidedAt: string | null;
                            }[];
                        };
                    };
                };
                /** @description Problem */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Problem */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Revise a draft or a rejected contract */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description An id (digits, as a string) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        title?: string;
                        amount?: number;
                        /** @description Commission, % */
                        commissionRate?: number;
                        /** Format: date */
                        startOn?: string;
                        /** Format: date */
                        endOn?: string;
                        terms?: string | null;
                        attrs?: {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description An id (digits, as a string) */
                            id: string;
                            /** @description An id (digits, as a string) */
                            leadId: string;
                            /** @description The merchant’s name (in lists) */
                            leadName?: string;
                            opportunityId: string | null;
                            /** @description An id (digits, as a string) */
                            ownerId: string;
                            type: string;
                            status: string;
                            title: string;
                            amount: number;
                            commissionRate: number;
                            /** Format: date */
                            startOn: string;
                            /** Format: date */
                            endOn: string;
                            terms: string | null;
                            attrs: {
                                [key: string]: unknown;
                            };
                            /** @description How many times it was submitted */
                            round: number;
                            currentStep: number | null;
                            signedAt: string | null;
                            endedAt: string | null;
                            endReason: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
                /** @description Problem */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Problem */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/contracts/{id}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Submit for approval: the tenant’s chain decides who approves */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description An id (digits, as a string) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        comment?: string;
                    } | null;
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description An id (digits, as a string) */
                            id: string;
                            /** @description An id (digits, as a string) */
                            leadId: string;
                            /** @description The merchant’s name (in lists) */
                            leadName?: string;
                            opportunityId: string | null;
                            /** @description An id (digits, as a string) */
                            ownerId: string;
                            type: string;
                            status: string;
                            title: string;
                            amount: number;
                            commissionRate: number;
                            /** Format: date */
                            startOn: string;
                            /** Format: date */
                            endOn: string;
                            terms: string | null;
                            attrs: {
                                [key: string]: unknown;
                            };
                            /** @description How many times it was submitted */
                            round: number;
                            currentStep: number | null;
                            signedAt: string | null;
                            endedAt: string | null;
                            endReason: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
                /** @description Problem */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Problem */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contracts/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Approve the current step (the owner’s manager of the step’s role) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description An id (digits, as a string) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        comment?: string;
                    } | null;
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description An id (digits, as a string) */
                            id: string;
                            /** @description An id (digits, as a string) */
                            leadId: string;
                            /** @description The merchant’s name (in lists) */
                            leadName?: string;
                            opportunityId: string | null;
                            /** @description An id (digits, as a string) */
                            ownerId: string;
                            type: string;
                            status: string;
                            title: string;
                            amount: number;
                            commissionRate: number;
                            /** Format: date */
                            startOn: string;
                            /** Format: date */
                            endOn: string;
                            terms: string | null;
                            attrs: {
                                [key: string]: unknown;
                            };
                            /** @description How many times it was submitted */
                            round: number;
                            currentStep: number | null;
                            signedAt: string | null;
                            endedAt: string | null;
                            endReason: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
                /** @description Problem */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Problem */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contracts/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reject at the current step, with a comment; the owner may revise and resubmit */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description An id (digits, as a string) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        comment?: string;
                    } | null;
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description An id (digits, as a string) */
                            id: string;
                            /** @description An id (digits, as a string) */
                            leadId: string;
                            /** @description The merchant’s name (in lists) */
                            leadName?: string;
                            opportunityId: string | null;
                            /** @description An id (digits, as a string) */
                            ownerId: string;
                            type: string;
                            status: string;
                            title: string;
                            amount: number;
                            commissionRate: number;
                            /** Format: date */
                            startOn: string;
                            /** Format: date */
                            endOn: string;
                            terms: string | null;
                            attrs: {
                                [key: string]: unknown;
                            };
                            /** @description How many times it was submitted */
                            round: number;
                            currentStep: number | null;
                            signedAt: string | null;
                            endedAt: string | null;
                            endReason: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
                /** @description Problem */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Problem */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contracts/{id}/sign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign an approved contract: the merchant is signed, the opportunity won */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description An id (digits, as a string) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        comment?: string;
                    } | null;
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description An id (digits, as a string) */
                            id: string;
                            /** @description An id (digits, as a string) */
                            leadId: string;
                            /** @description The merchant’s name (in lists) */
                            leadName?: string;
                            opportunityId: string | null;
                            /** @description An id (digits, as a string) */
                            ownerId: string;
                            type: string;
                            status: string;
                            title: string;
                            amount: number;
                            commissionRate: number;
                            /** Format: date */
                            startOn: string;
                            /** Format: date */
                            endOn: string;
                            terms: string | null;
                            attrs: {
                                [key: string]: unknown;
                            };
                            /** @description How many times it was submitted */
                            round: number;
                            currentStep: number | null;
                            signedAt: string | null;
                            endedAt: string | null;
                            endReason: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
                /** @description Problem */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Problem */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contracts/{id}/terminate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Terminate a signed or active contract (managers), with the reason */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description An id (digits, as a string) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description An id (digits, as a string) */
                            id: string;
                            /** @description An id (digits, as a string) */
                            leadId: string;
                            /** @description The merchant’s name (in lists) */
                            leadName?: string;
                            opportunityId: string | null;
                            /** @description An id (digits, as a string) */
                            ownerId: string;
                            type: string;
                            status: string;
                            title: string;
                            amount: number;
                            commissionRate: number;
                            /** Format: date */
                            startOn: string;
                            /** Format: date */
                            endOn: string;
                            terms: string | null;
                            attrs: {
                                [key: string]: unknown;
                            };
                            /** @description How many times it was submitted */
                            round: number;
                            currentStep: number | null;
                            signedAt: string | null;
                            endedAt: string | null;
                            endReason: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
                /** @description Problem */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Problem */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/approvals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The approval steps waiting for your decision (mine=pending) */
        get: {
            parameters: {
                query?: {
                    mine?: "pending";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** @description An id (digits, as a string) */
                                contractId: string;
                                /** @description An id (digits, as a string) */
                                leadId: string;
                                leadName: string;
                                /** @description An id (digits, as a string) */
                                ownerId: string;
                                title: string;
                                amount: number;
                                commissionRate: number;
                                step: number;
                                role: string;
                                /** Format: date-time */
                                since: string;
                            }[];
                        };
                    };
                };
                /** @description Problem */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Problem */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contracts/{id}/attachments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The documents attached to a contract */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description An id (digits, as a string) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** @description An id (digits, as a string) */
                                id: string;
                                /** @description An id (digits, as a string) */
                                contractId: string;
                                /** @description The name it was uploaded with (shown, never used on disk) */
                                fileName: string;
                                /** @description Detected from the content */
                                contentType: string;
                                sizeBytes: number;
                                sha256: string;
                                uploadedBy: string | null;
                                /** Format: date-time */
                                createdAt: string;
                                downloadUrl: string;
                            }[];
                        };
                    };
                };
                /** @description Problem */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Problem */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Attach a document to a contract (multipart field "file"; PDF, PNG, JPEG, WebP, DOCX, XLSX)
         * @description The type is checked by the file’s content, not only its name; the size is limited by GROUNDWORK_ATTACHMENT_MAX_MB. Allowed while the contract is draft, rejected, approved, signed or active.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description An id (digits, as a string) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "multipart/form-data": {
                        /**
                         * Format: binary
                         * @description One document: .pdf, .png, .jpg, .jpeg, .webp, .docx, .xlsx; its content must match its extension
                         */
                        file: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description An id (digits, as a string) */
                            id: string;
                            /** @description An id (digits, as a string) */
                            contractId: string;
                            /** @description The name it was uploaded with (shown, never used on disk) */
                            fileName: string;
                            /** @description Detected from the content */
                            contentType: string;
                            sizeBytes: number;
                            sha256: string;
                            uploadedBy: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            downloadUrl: string;
                        };
                    };
                };
                /** @description Problem */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Problem */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contracts/{id}/attachments/{attachmentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download an attached document */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description An id (digits, as a string) */
                    id: string;
                    /** @description An id (digits, as a string) */
                    attachmentId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The document as uploaded */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/pdf": string;
                        "image/png": string;
                        "image/jpeg": string;
                        "image/webp": string;
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document": string;
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    };
                };
                /** @description Problem */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Problem */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Remove a document from a draft or rejected contract */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description An id (digits, as a string) */
                    id: string;
                    /** @description An id (digits, as a string) */
                    attachmentId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Problem */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Problem */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contracts/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every status change of a contract, oldest first (people, and the lifecycle job) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description An id (digits, as a string) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: date-time */
                                at: string;
                                fromStatus: string | null;
                                toStatus: string;
                                /** @description user, api_key or system (the lifecycle job) */
                                actorKind: string;
                                actorId: string | null;
                                actorName: string;
                                note: string | null;
                            }[];
                        };
                    };
                };
                /** @description Problem */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Problem */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contracts/lifecycle": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Run the contract lifecycle now (tenant admin): signed → active on start_on, active → expired after end_on
         * @description The same work the hourly job does. asOf (not in the future) picks the calendar day; running twice changes nothing.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: date-time */
                        asOf?: string;
                    } | null;
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date-time */
                            asOf: string;
                            /**
                             * Format: date
                             * @description The tenant’s calendar day the run went by
                             */
                            day: string;
                            activated: number;
                            expired: number;
                        };
                    };
                };
                /** @description Problem */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Problem */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/leads/{id}/handover": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Hand a signed merchant to an ops person; the BD stays its owner (the signing is theirs) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description An id (digits, as a string) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description An id (digits, as a string) */
                        opsUserId: string;
                        reason?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description An id (digits, as a string) */
                            id: string;
                            kind: string;
                            name: string;
                            status: string;
                            ownerId: string | null;
                            opsOwnerId: string | null;
                            handedOverAt: string | null;
                            poolId: string | null;
                            /** @description An id (digits, as a string) */
                            cityId: string;
                            claimedAt: string | null;
                            lastVisitAt: string | null;
                            deadlineAt: string | null;
                            deadlineReason: string | null;
                            extensionsUsed: number;
                            phone: string | null;
                            phoneMasked: boolean;
                            address: string | null;
                            lat: number | null;
                            lng: number | null;
                            category: string | null;
                            channel: string;
                            tags: string[];
                            /** @description Custom field values, checked against the tenant's field definitions */
                            attrs: {
                                [key: string]: unknown;
                            };
                            duplicateOf: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
                /** @description Problem */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Problem */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/leads/{id}/handover-candidates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The ops people you may hand this merchant to: active, working in its city */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description An id (digits, as a string) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** @description An id (digits, as a string) */
                                id: string;
                                displayName: string;
                                role: string;
                            }[];
                        };
                    };
                };
                /** @description Problem */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Problem */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/leads/handover": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Hand many signed merchants to an ops person: listed ones, or all a filter finds */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description An id (digits, as a string) */
                        opsUserId: string;
                        reason?: string;
                        /** @description These merchants */
                        leadIds?: string[];
                        /** @description Every signed merchant you see that matches (at most 2,000) */
                        filter?: {
                            /** @description An id (digits, as a string) */
                            cityId?: string;
                            /** @description An id (digits, as a string) */
                            ownerId?: string;
                            tag?: string;
                            category?: string;
                            /** @description Only merchants no ops person has yet */
                            withoutOpsOwner?: boolean;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            handedOver: number;
                            /** @description Already with this ops person */
                            unchanged: number;
                            refused: {
                                /** @description An id (digits, as a string) */
                                leadId: string;
                                /** @description not_found, invalid_state or forbidden */
                                code: string;
                                detail: string;
                            }[];
                            /** @description What happened to each merchant: handed over, already with this person, or refused and why */
                            merchants: {
                                /** @description An id (digits, as a string) */
                                leadId: string;
                                name: string | null;
                                outcome: "handed_over" | "unchanged" | "refused";
                                /** @description Why it was refused: not_found, invalid_state or forbidden */
                                code?: string;
                                /** @description The refusal as a stable code: not signed, signed by another team, outside the ops person’s cities */
                                reason?: "not_found" | "not_signed" | "outside_team" | "outside_territory";
                                detail?: string;
                            }[];
                        };
                    };
                };
                /** @description Problem */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Problem */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/ops/portfolio": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An ops person’s merchants: contracts in force, renewals due within N days, lapsed contracts, online and expiring deals */
        get: {
            parameters: {
                query?: {
                    /** @description An id (digits, as a string) */
                    opsUserId?: string;
                    /** @description Default: the tenant’s renewalReminderDays (30) */
                    renewalWithinDays?: number;
                    /** @description Online deals ending within this many days (7) */
                    dealWithinDays?: number;
                    view?: "all" | "renewal_due" | "without_contract" | "without_online_deal" | "deal_expiring";
                    limit?: number;
                    /** @description The nextCursor of the previous page */
                    cursor?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description An id (digits, as a string) */
                            opsUserId: string;
                            /** Format: date */
                            day: string;
                            renewalWithinDays: number;
                            dealWithinDays: number;
                            counts: {
                                merchants: number;
                                renewalsDue: number;
                                /** @description No contract in force (expired or terminated) */
                                withoutContract: number;
                                withoutOnlineDeal: number;
                                /** @description Merchants with an online deal ending within dealWithinDays */
                                dealsExpiring: number;
                            };
                            items: {
                                /** @description An id (digits, as a string) */
                                leadId: string;
                                name: string;
                                address: string | null;
                                /** @description An id (digits, as a string) */
                                cityId: string;
                                category: string | null;
                                status: string;
                                ownerId: string | null;
                                /** @description An id (digits, as a string) */
                                opsOwnerId: string;
                                handedOverAt: string | null;
                                contract: {
                                    /** @description An id (digits, as a string) */
                                    id: string;
                                    status: string;
                                    title: string;
                                    /** Format: date */
                                    startOn: string;
                                    /** Format: date */
                                    endOn: string;
                                    /** @description Days from today to endOn (the last day) */
                                    daysLeft: number;
                                } | null;
                                renewal: {
                                    /** @description An id (digits, as a string) */
                                    id: string;
                                    status: string;
                                } | null;
                                /** @description The contract ends within the window and no renewal is under way */
                                renewalDue: boolean;
                                deals: {
                                    /** @description Deals online now */
                                    online: number;
                                    /** @description Online deals whose last valid day is within dealWithinDays */
                                    expiring: number;
                                    nextValidTo: string | null;
                                };
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Problem */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Problem */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/ops/portfolio/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Portfolio size per ops person of your team: merchants, renewals due, lapsed contracts, without an online deal */
        get: {
            parameters: {
                query?: {
                    renewalWithinDays?: number;
                    dealWithinDays?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date */
                            day: string;
                            renewalWithinDays: number;
                            dealWithinDays: number;
                            members: {
                                /** @description An id (digits, as a string) */
                                userId: string;
                                username: string;
                                displayName: string;
                                role: string;
                                active: boolean;
                                merchants: number;
                                renewalsDue: number;
                                /** @description No contract in force (expired or terminated) */
                                withoutContract: number;
                                withoutOnlineDeal: number;
                                /** @description Merchants with an online deal ending within dealWithinDays */
                                dealsExpiring: number;
                            }[];
                        };
                    };
                };
                /** @description Problem */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Problem */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/ops/renewals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create the renewal to-dos now (tenant admin); the scheduled job does the same, idempotently */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: date-time */
                        asOf?: string;
                    } | null;
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date-time */
                            asOf: string;
                            /** Format: date */
                            day: string;
                            withinDays: number;
                            /** @description Contracts ending within the window with no renewal under way */
                            due: number;
                            /** @description To-dos created by this run */
                            created: number;
                        };
                    };
                };
                /** @description Problem */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Problem */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** To-dos, soonest due first: yours (mine=true), or your team’s for managers */
        get: {
            parameters: {
                query?: {
                    /** @description Only the tasks assigned to you */
                    mine?: boolean;
                    /** @description An id (digits, as a string) */
                    assigneeId?: string;
                    status?: "open" | "doing" | "done" | "rejected" | "escalated";
                    kind?: string;
                    /** @description An id (digits, as a string) */
                    leadId?: string;
                    /** @description An id (digits, as a string) */
                    campaignId?: string;
                    limit?: number;
                    /** @description The nextCursor of the previous page */
                    cursor?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** @description An id (digits, as a string) */
                                id: string;
                                /** @description renewal (contract ending), price_match, visit, … (campaigns name their own) */
                                kind: string;
                                title: string;
                                instructions: string | null;
                                /** @description open, doing, done, rejected or escalated */
                                status: string;
                                /** @description An id (digits, as a string) */
                                assigneeId: string;
                                leadId: string | null;
                                leadName: string | null;
                                contractId: string | null;
                                campaignId: string | null;
                                dueAt: string | null;
                                feedback: string | null;
                                reason: string | null;
                                escalatedAt: string | null;
                                resolution: string | null;
                                resolvedBy: string | null;
                                cityId: string | null;
                                photoUrl: string | null;
                                context: {
                                    /** @description A price campaign's task: the merchant's largest gaps when it was launched */
                                    priceGaps?: {
                                        /** @description The competing platform (meituan, douyin …) */
                                        platform: string;
                                        /** @description An id (digits, as a string) */
                                        ourDealId: string;
                                        ourTitle: string;
                                        ourPrice: number;
                                        theirTitle: string;
                                        theirPrice: number;
                                        /** @description How much cheaper theirs is */
                                        gap: number;
                                        /** @description match_price: bring ours to their price; exclusive_offer: agree a better offer with us */
                                        strategy: "match_price" | "exclusive_offer";
                                    }[];
                                } | null;
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: date-time */
                                updatedAt: string;
                                doneAt: string | null;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Problem */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Problem */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Give someone of your team a to-do (managers, HQ), about a merchant or not */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description An id (digits, as a string) */
                        assigneeId: string;
                        /** @description An id (digits, as a string) */
                        leadId?: string;
                        kind: string;
                        title: string;
                        instructions?: string;
                        /** Format: date-time */
                        dueAt?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description An id (digits, as a string) */
                            id: string;
                            /** @description renewal (contract ending), price_match, visit, … (campaigns name their own) */
                            kind: string;
                            title: string;
                            instructions: string | null;
                            /** @description open, doing, done, rejected or escalated */
                            status: string;
                            /** @description An id (digits, as a string) */
                            assigneeId: string;
                            leadId: string | null;
                            leadName: string | null;
                            contractId: string | null;
                            campaignId: string | null;
                            dueAt: string | null;
                            feedback: string | null;
                            reason: string | null;
                            escalatedAt: string | null;
                            resolution: string | null;
                            resolvedBy: string | null;
                            cityId: string | null;
                            photoUrl: string | null;
                            context: {
                                /** @description A price campaign's task: the merchant's largest gaps when it was launched */
                                priceGaps?: {
                                    /** @description The competing platform (meituan, douyin …) */
                                    platform: string;
                                    /** @description An id (digits, as a string) */
                                    ourDealId: string;
                                    ourTitle: string;
                                    ourPrice: number;
                                    theirTitle: string;
                                    theirPrice: number;
                                    /** @description How much cheaper theirs is */
                                    gap: number;
                                    /** @description match_price: bring ours to their price; exclusive_offer: agree a better offer with us */
                                    strategy: "match_price" | "exclusive_offer";
                                }[];
                            } | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            doneAt: string | null;
                        };
                    };
                };
                /** @description Problem */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Problem */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/todos": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your to-do center: tasks, leads about to fall back to the pool, follow-ups; overdue first, then soonest due */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    /** @description The nextCursor of the previous page */
                    cursor?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** @description pool_deadline (a private lead about to fall back), follow_up (a visit to repeat) or task */
                                source: string;
                                /** @description An id (digits, as a string) */
                                id: string;
                                /** @description pool_deadline, follow_up, or the task kind (renewal, price_match …) */
                                kind: string;
                                title: string;
                                status: string | null;
                                leadId: string | null;
                                leadName: string | null;
                                dueAt: string | null;
                                overdue: boolean;
                                reason: string | null;
                                link: {
                                    /** @description task or lead */
                                    type: string;
                                    /** @description An id (digits, as a string) */
                                    id: string;
                                };
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Problem */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Problem */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tasks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One to-do */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description An id (digits, as a string) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description An id (digits, as a string) */
                            id: string;
                            /** @description renewal (contract ending), price_match, visit, … (campaigns name their own) */
                            kind: string;
                            title: string;
                            instructions: string | null;
                            /** @description open, doing, done, rejected or escalated */
                            status: string;
                            /** @description An id (digits, as a string) */
                            assigneeId: string;
                            leadId: string | null;
                            leadName: string | null;
                            contractId: string | null;
                            campaignId: string | null;
                            dueAt: string | null;
                            feedback: string | null;
                            reason: string | null;
                            escalatedAt: string | null;
                            resolution: string | null;
                            resolvedBy: string | null;
                            cityId: string | null;
                            photoUrl: string | null;
                            context: {
                                /** @description A price campaign's task: the merchant's largest gaps when it was launched */
                                priceGaps?: {
                                    /** @description The competing platform (meituan, douyin …) */
                                    platform: string;
                                    /** @description An id (digits, as a string) */
                                    ourDealId: string;
                                    ourTitle: string;
                                    ourPrice: number;
                                    theirTitle: string;
                                    theirPrice: number;
                                    /** @description How much cheaper theirs is */
                                    gap: number;
                                    /** @description match_price: bring ours to their price; exclusive_offer: agree a better offer with us */
                                    strategy: "match_price" | "exclusive_offer";
                                }[];
                            } | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            doneAt: string | null;
                        };
                    };
                };
                /** @description Problem */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Problem */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tasks/{id}/start": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start working on an open to-do (the assignee or their manager) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description An id (digits, as a string) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description An id (digits, as a string) */
                            id: string;
                            /** @description renewal (contract ending), price_match, visit, … (campaigns name their own) */
                            kind: string;
                            title: string;
                            instructions: string | null;
                            /** @description open, doing, done, rejected or escalated */
                            status: string;
                            /** @description An id (digits, as a string) */
                            assigneeId: string;
                            leadId: string | null;
                            leadName: string | null;
                            contractId: string | null;
                            campaignId: string | null;
                            dueAt: string | null;
                            feedback: string | null;
                            reason: string | null;
                            escalatedAt: string | null;
                            resolution: string | null;
                            resolvedBy: string | null;
                            cityId: string | null;
                            photoUrl: string | null;
                            context: {
                                /** @description A price campaign's task: the merchant's largest gaps when it was launched */
                                priceGaps?: {
                                    /** @description The competing platform (meituan, douyin …) */
                                    platform: string;
                                    /** @description An id (digits, as a string) */
                                    ourDealId: string;
                                    ourTitle: string;
                                    ourPrice: number;
                                    theirTitle: string;
                                    theirPrice: number;
                                    /** @description How much cheaper theirs is */
                                    gap: number;
                                    /** @description match_price: bring ours to their price; exclusive_offer: agree a better offer with us */
                                    strategy: "match_price" | "exclusive_offer";
                                }[];
                            } | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            doneAt: string | null;
                        };
                    };
                };
                /** @description Problem */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Problem */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tasks/{id}/done": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark a to-do done, with what came of it */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description An id (digits, as a string) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        feedback?: string;
                    } | null;
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description An id (digits, as a string) */
                            id: string;
                            /** @description renewal (contract ending), price_match, visit, … (campaigns name their own) */
                            kind: string;
                            title: string;
                            instructions: string | null;
                            /** @description open, doing, done, rejected or escalated */
                            status: string;
                            /** @description An id (digits, as a string) */
                            assigneeId: string;
                            leadId: string | null;
                            leadName: string | null;
                            contractId: string | null;
                            campaignId: string | null;
                            dueAt: string | null;
                            feedback: string | null;
                            reason: string | null;
                            escalatedAt: string | null;
                            resolution: string | null;
                            resolvedBy: string | null;
                            cityId: string | null;
                            photoUrl: string | null;
                            context: {
                                /** @description A price campaign's task: the merchant's largest gaps when it was launched */
                                priceGaps?: {
                                    /** @description The competing platform (meituan, douyin …) */
                                    platform: string;
                                    /** @description An id (digits, as a string) */
                                    ourDealId: string;
                                    ourTitle: string;
                                    ourPrice: number;
                                    theirTitle: string;
                                    theirPrice: number;
                                    /** @description How much cheaper theirs is */
                                    gap: number;
                                    /** @description match_price: bring ours to their price; exclusive_offer: agree a better offer with us */
                                    strategy: "match_price" | "exclusive_offer";
                                }[];
                            } | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            doneAt: string | null;
                        };
                    };
                };
                /** @description Problem */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Problem */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tasks/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Refuse an open to-do, saying why */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description An id (digits, as a string) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description An id (digits, as a string) */
                            id: string;
                            /** @description renewal (contract ending), price_match, visit, … (campaigns name their own) */
                            kind: string;
                            title: string;
                            instructions: string | null;
                            /** @description open, doing, done, rejected or escalated */
                            status: string;
                            /** @description An id (digits, as a string) */
                            assigneeId: string;
                            leadId: string | null;
                            leadName: string | null;
                            contractId: string | null;
                            campaignId: string | null;
                            dueAt: string | null;
                            feedback: string | null;
                            reason: string | null;
                            escalatedAt: string | null;
                            resolution: string | null;
                            resolvedBy: string | null;
                            cityId: string | null;
                            photoUrl: string | null;
                            context: {
                                /** @description A price campaign's task: the merchant's largest gaps when it was launched */
                                priceGaps?: {
                                    /** @description The competing platform (meituan, douyin …) */
                                    platform: string;
                                    /** @description An id (digits, as a string) */
                                    ourDealId: string;
                                    ourTitle: string;
                                    ourPrice: number;
                                    theirTitle: string;
                                    theirPrice: number;
                                    /** @description How much cheaper theirs is */
                                    gap: number;
                                    /** @description match_price: bring ours to their price; exclusive_offer: agree a better offer with us */
                                    strategy: "match_price" | "exclusive_offer";
                                }[];
                            } | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            doneAt: string | null;
                        };
                    };
                };
                /** @description Problem */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Problem */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tasks/{id}/escalate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a to-do up to HQ’s escalation queue, saying why */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description An id (digits, as a string) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description An id (digits, as a string) */
                            id: string;
                            /** @description renewal (contract ending), price_match, visit, … (campaigns name their own) */
                            kind: string;
                            title: string;
                            instructions: string | null;
                            /** @description open, doing, done, rejected or escalated */
                            status: string;
                            /** @description An id (digits, as a string) */
                            assigneeId: string;
                            leadId: string | null;
                            leadName: string | null;
                            contractId: string | null;
                            campaignId: string | null;
                            dueAt: string | null;
                            feedback: string | null;
                            reason: string | null;
                            escalatedAt: string | null;
                            resolution: string | null;
                            resolvedBy: string | null;
                            cityId: string | null;
                            photoUrl: string | null;
                            context: {
                                /** @description A price campaign's task: the merchant's largest gaps when it was launched */
                                priceGaps?: {
                                    /** @description The competing platform (meituan, douyin …) */
                                    platform: string;
                                    /** @description An id (digits, as a string) */
                                    ourDealId: string;
                                    ourTitle: string;
                                    ourPrice: number;
                                    theirTitle: string;
                                    theirPrice: number;
                                    /** @description How much cheaper theirs is */
                                    gap: number;
                                    /** @description match_price: bring ours to their price; exclusive_offer: agree a better offer with us */
                                    strategy: "match_price" | "exclusive_offer";
                                }[];
                            } | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            doneAt: string | null;
                        };
                    };
                };
                /** @description Problem */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Problem */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tasks/{id}/reassign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Give an open to-do to someone else of your team (managers) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description An id (digits, as a string) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description An id (digits, as a string) */
                        assigneeId: string;
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description An id (digits, as a string) */
                            id: string;
                            /** @description renewal (contract ending), price_match, visit, … (campaigns name their own) */
                            kind: string;
                            title: string;
                            instructions: string | null;
                            /** @description open, doing, done, rejected or escalated */
                            status: string;
                            /** @description An id (digits, as a string) */
                            assigneeId: string;
                            leadId: string | null;
                            leadName: string | null;
                            contractId: string | null;
                            campaignId: string | null;
                            dueAt: string | null;
                            feedback: string | null;
                            reason: string | null;
                            escalatedAt: string | null;
                            resolution: string | null;
                            resolvedBy: string | null;
                            cityId: string | null;
                            photoUrl: string | null;
                            context: {
                                /** @description A price campaign's task: the merchant's largest gaps when it was launched */
                                priceGaps?: {
                                    /** @description The competing platform (meituan, douyin …) */
                                    platform: string;
                                    /** @description An id (digits, as a string) */
                                    ourDealId: string;
                                    ourTitle: string;
                                    ourPrice: number;
                                    theirTitle: string;
                                    theirPrice: number;
                                    /** @description How much cheaper theirs is */
                                    gap: number;
                                    /** @description match_price: bring ours to their price; exclusive_offer: agree a better offer with us */
                                    strategy: "match_price" | "exclusive_offer";
                                }[];
                            } | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            doneAt: string | null;
                        };
                    };
                };
                /** @description Problem */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Problem */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tasks/{id}/photo": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The feedback photo of a task */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description An id (digits, as a string) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The photo as uploaded */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "image/png": string;
                        "image/jpeg": string;
                        "image/webp": string;
                    };
                };
                /** @description Problem */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Problem */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        /** The photo that goes with the feedback (multipart field "file"; PNG, JPEG, WebP) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description An id (digits, as a string) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "multipart/form-data": {
                        /** Format: binary */
                        file: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description An id (digits, as a string) */
                            id: string;
                            /** @description renewal (contract ending), price_match, visit, … (campaigns name their own) */
                            kind: string;
                            title: string;
                            instructions: string | null;
                            /** @description open, doing, done, rejected or escalated */
                            status: string;
                            /** @description An id (digits, as a string) */
                            assigneeId: string;
                            leadId: string | null;
                            leadName: string | null;
                            contractId: string | null;
                            campaignId: string | null;
                            dueAt: string | null;
                            feedback: string | null;
                            reason: string | null;
                            escalatedAt: string | null;
                            resolution: string | null;
                            resolvedBy: string | null;
                            cityId: string | null;
                            photoUrl: string | null;
                            context: {
                                /** @description A price campaign's task: the merchant's largest gaps when it was launched */
                                priceGaps?: {
                                    /** @description The competing platform (meituan, douyin …) */
                                    platform: string;
                                    /** @description An id (digits, as a string) */
                                    ourDealId: string;
                                    ourTitle: string;
                                    ourPrice: number;
                                    theirTitle: string;
                                    theirPrice: number;
                                    /** @description How much cheaper theirs is */
                                    gap: number;
                                    /** @description match_price: bring ours to their price; exclusive_offer: agree a better offer with us */
                                    strategy: "match_price" | "exclusive_offer";
                                }[];
                            } | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            doneAt: string | null;
                        };
                    };
                };
                /** @description Problem */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Problem */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/campaign-templates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Ready-made campaigns (price disadvantage …) to start one from */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                key: string;
                                name: {
                                    zh: string;
                                    en: string;
                                };
                                target: string;
                                leadFilter: {
                                    [key: string]: unknown;
                                } | null;
                                dealFilter: {
                                    [key: string]: unknown;
                                } | null;
                                task: {
                                    kind: string;
                                    title: {
                                        zh: string;
                                        en: string;
                                    };
                                    instructions: {
                                        zh: string;
                                        en: string;
                                    };
                                    dueInDays: number;
                                };
                            }[];
                        };
                    };
                };
                /** @description Problem */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Problem */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/campaigns": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Campaigns, newest first (HQ, administrators, city managers) */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    /** @description The nextCursor of the previous page */
                    cursor?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** @description An id (digits, as a string) */
                                id: string;
                                name: string;
                                /** @description leads or deals */
                                target: string;
                                leadFilter: {
                                    [key: string]: unknown;
                                } | null;
                                dealFilter: {
                                    [key: string]: unknown;
                                } | null;
                                templateKey: string | null;
                                task: {
                                    kind: string;
                                    title: string;
                                    instructions: string | null;
                                    dueInDays: number;
                                };
                                /** @description draft or launched */
                                status: string;
                                createdBy: string | null;
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: date-time */
                                updatedAt: string;
                                launchedAt: string | null;
                                matched: number | null;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Problem */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Problem */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Define a campaign: a filter over leads (as GET /leads) or deals (as GET /deals), and a task template */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        target: "leads" | "deals";
                        leadFilter?: {
                            /** @default all */
                            scope?: "all" | "public" | "mine" | "team";
                            q?: string;
                            status?: "pending_review" | "public" | "private" | "signed" | "invalid";
                            tag?: string;
                            /** @description An id (digits, as a string) */
                            cityId?: string;
                            /** @description An id (digits, as a string) */
                            ownerId?: string;
                            category?: string;
                        } & {
                            [key: string]: string;
                        };
                        dealFilter?: {
                            /** @description Part of the title or merchant name */
                            q?: string;
                            status?: "draft" | "pending_audit" | "rejected" | "online" | "offline" | "expired";
                            /** @description An id (digits, as a string) */
                            cityId?: string;
                            category?: string;
                            minPrice?: number;
                            maxPrice?: number;
                        };
                        templateKey?: string | null;
                        task: {
                            /** @description e.g. price_match, visit, deal_refresh */
                            kind: string;
                            title: string;
                            instructions?: string | null;
                            dueInDays: number;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description An id (digits, as a string) */
                            id: string;
                            name: string;
                            /** @description leads or deals */
                            target: string;
                            leadFilter: {
                                [key: string]: unknown;
                            } | null;
                            dealFilter: {
                                [key: string]: unknown;
                            } | null;
                            templateKey: string | null;
                            task: {
                                kind: string;
                                title: string;
                                instructions: string | null;
                                dueInDays: number;
                            };
                            /** @description draft or launched */
                            status: string;
                            createdBy: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            launchedAt: string | null;
                            matched: number | null;
                        };
                    };
                };
                /** @description Problem */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Problem */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/campaigns/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** How many merchants a filter reaches, and a sample with who would get each task */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        target: "leads" | "deals";
                        leadFilter?: {
                            /** @default all */
                            scope?: "all" | "public" | "mine" | "team";
                            q?: string;
                            status?: "pending_review" | "public" | "private" | "signed" | "invalid";
                            tag?: string;
                            /** @description An id (digits, as a string) */
                            cityId?: string;
                            /** @description An id (digits, as a string) */
                            ownerId?: string;
                            category?: string;
                        } & {
                            [key: string]: string;
                        };
                        dealFilter?: {
                            /** @description Part of the title or merchant name */
                            q?: string;
                            status?: "draft" | "pending_audit" | "rejected" | "online" | "offline" | "expired";
                            /** @description An id (digits, as a string) */
                            cityId?: string;
                            category?: string;
                            minPrice?: number;
                            maxPrice?: number;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Merchants the filter matches (that you may see) */
                            matched: number;
                            /** @description Of those, merchants with no owner and no city manager: no task */
                            unassigned: number;
                            sample: {
                                /** @description An id (digits, as a string) */
                                leadId: string;
                                name: string;
                                /** @description An id (digits, as a string) */
                                cityId: string;
                                assigneeId: string | null;
                                assigneeName: string | null;
                                /** @description bd, ops or city_manager: whose the task would be */
                                keeper: string;
                            }[];
                        };
                    };
                };
                /** @description Problem */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Problem */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/campaigns/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One campaign */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description An id (digits, as a string) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description An id (digits, as a string) */
                            id: string;
                            name: string;
                            /** @description leads or deals */
                            target: string;
                            leadFilter: {
                                [key: string]: unknown;
                            } | null;
                            dealFilter: {
                                [key: string]: unknown;
                            } | null;
                            templateKey: string | null;
                            task: {
                                kind: string;
                                title: string;
                                instructions: string | null;
                                dueInDays: number;
                            };
                            /** @description draft or launched */
                            status: string;
                            createdBy: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            launchedAt: string | null;
                            matched: number | null;
                        };
                    };
                };
                /** @description Problem */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Problem */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        /** Change a draft campaign (a launched one stays as launched) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description An id (digits, as a string) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        target: "leads" | "deals";
                        leadFilter?: {
                            /** @default all */
                            scope?: "all" | "public" | "mine" | "team";
                            q?: string;
                            status?: "pending_review" | "public" | "private" | "signed" | "invalid";
                            tag?: string;
                            /** @description An id (digits, as a string) */
                            cityId?: string;
                            /** @description An id (digits, as a string) */
                            ownerId?: string;
                            category?: string;
                        } & {
                            [key: string]: string;
                        };
                        dealFilter?: {
                            /** @description Part of the title or merchant name */
                            q?: string;
                            status?: "draft" | "pending_audit" | "rejected" | "online" | "offline" | "expired";
                            /** @description An id (digits, as a string) */
                            cityId?: string;
                            category?: string;
                            minPrice?: number;
                            maxPrice?: number;
                        };
                        templateKey?: string | null;
                        task: {
                            /** @description e.g. price_match, visit, deal_refresh */
                            kind: string;
                            title: string;
                            instructions?: string | null;
                            dueInDays: number;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description An id (digits, as a string) */
                            id: string;
                            name: string;
                            /** @description leads or deals */
                            target: string;
                            leadFilter: {
                                [key: string]: unknown;
                            } | null;
                            dealFilter: {
                                [key: string]: unknown;
                            } | null;
                            templateKey: string | null;
                            task: {
                                kind: string;
                                title: string;
                                instructions: string | null;
                                dueInDays: number;
                            };
                            /** @description draft or launched */
                            status: string;
                            createdBy: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            launchedAt: string | null;
                            matched: number | null;
                        };
                    };
                };
                /** @description Problem */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Problem */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/campaigns/{id}/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The preview of a saved campaign’s filter */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description An id (digits, as a string) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Merchants the filter matches (that you may see) */
                            matched: number;
                            /** @description Of those, merchants with no owner and no city manager: no task */
                            unassigned: number;
                            sample: {
                                /** @description An id (digits, as a string) */
                                leadId: string;
                                name: string;
                                /** @description An id (digits, as a string) */
                                cityId: string;
                                assigneeId: string | null;
                                assigneeName: string | null;
                                /** @description bd, ops or city_manager: whose the task would be */
                                keeper: string;
                            }[];
                        };
                    };
                };
                /** @description Problem */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Problem */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/campaigns/{id}/launch": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Fan out one task per matching merchant to its keeper; launching again adds only new matches */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description An id (digits, as a string) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            campaign: {
                                /** @description An id (digits, as a string) */
                                id: string;
                                name: string;
                                /** @description leads or deals */
                                target: string;
                                leadFilter: {
                                    [key: string]: unknown;
                                } | null;
                                dealFilter: {
                                    [key: string]: unknown;
                                } | null;
                                templateKey: string | null;
                                task: {
                                    kind: string;
                                    title: string;
                                    instructions: string | null;
                                    dueInDays: number;
                                };
                                /** @description draft or launched */
                                status: string;
                                createdBy: string | null;
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: date-time */
                                updatedAt: string;
                                launchedAt: string | null;
                                matched: number | null;
                            };
                            matched: number;
                            /** @description New tasks (merchants that had this campaign’s task keep it) */
                            created: number;
                            unassigned: number;
                            jobId: string | null;
                        };
                    };
                };
                /** @description Problem */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Problem */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/campaigns/{id}/progress": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A campaign’s tasks per status, by city and by team, with done % and overdue */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description An id (digits, as a string) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            totals: {
                                total: number;
                                open: number;
                                doing: number;
                                done: number;
                                rejected: number;
                                escalated: number;
                                /** @description Open or doing past their due time */
                                overdue: number;
                                /** @description done / total × 100, one decimal */
                                donePct: number;
                            };
                            byCity: {
                                cityId: string | null;
                                cityName: string | null;
                                total: number;
                                open: number;
                                doing: number;
                                done: number;
                                rejected: number;
                                escalated: number;
                                /** @description Open or doing past their due time */
                                overdue: number;
                                /** @description done / total × 100, one decimal */
                                donePct: number;
                            }[];
                            byTeam: {
                                /** @description An id (digits, as a string) */
                                unitId: string;
                                unitName: string;
                                total: number;
                                open: number;
                                doing: number;
                                done: number;
                                rejected: number;
                                escalated: number;
                                /** @description Open or doing past their due time */
                                overdue: number;
                                /** @description done / total × 100, one decimal */
                                donePct: number;
                            }[];
                        };
                    };
                };
                /** @description Problem */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Problem */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/campaigns/{id}/feedback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What the field sent back on a campaign (done, rejected, escalated), latest first */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    /** @description The nextCursor of the previous page */
                    cursor?: string;
                };
                header?: never;
                path: {
                    /** @description An id (digits, as a string) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** @description An id (digits, as a string) */
                                id: string;
                                /** @description renewal (contract ending), price_match, visit, … (campaigns name their own) */
                                kind: string;
                                title: string;
                                instructions: string | null;
                                /** @description open, doing, done, rejected or escalated */
                                status: string;
                                /** @description An id (digits, as a string) */
                                assigneeId: string;
                                leadId: string | null;
                                leadName: string | null;
                                contractId: string | null;
                                campaignId: string | null;
                                dueAt: string | null;
                                feedback: string | null;
                                reason: string | null;
                                escalatedAt: string | null;
                                resolution: string | null;
                                resolvedBy: string | null;
                                cityId: string | null;
                                photoUrl: string | null;
                                context: {
                                    /** @description A price campaign's task: the merchant's largest gaps when it was launched */
                                    priceGaps?: {
                                        /** @description The competing platform (meituan, douyin …) */
                                        platform: string;
                                        /** @description An id (digits, as a string) */
                                        ourDealId: string;
                                        ourTitle: string;
                                        ourPrice: number;
                                        theirTitle: string;
                                        theirPrice: number;
                                        /** @description How much cheaper theirs is */
                                        gap: number;
                                        /** @description match_price: bring ours to their price; exclusive_offer: agree a better offer with us */
                                        strategy: "match_price" | "exclusive_offer";
                                    }[];
                                } | null;
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: date-time */
                                updatedAt: string;
                                doneAt: string | null;
                                assigneeName: string | null;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Problem */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Problem */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/escalations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** HQ’s escalation queue: tasks the field sent up, longest waiting first */
        get: {
            parameters: {
                query?: {
                    /** @description An id (digits, as a string) */
                    campaignId?: string;
                    limit?: number;
                    /** @description The nextCursor of the previous page */
                    cursor?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** @description An id (digits, as a string) */
                                id: string;
                                /** @description renewal (contract ending), price_match, visit, … (campaigns name their own) */
                                kind: string;
                                title: string;
                                instructions: string | null;
                                /** @description open, doing, done, rejected or escalated */
                                status: string;
                                /** @description An id (digits, as a string) */
                                assigneeId: string;
                                leadId: string | null;
                                leadName: string | null;
                                contractId: string | null;
                                campaignId: string | null;
                                dueAt: string | null;
                                feedback: string | null;
                                reason: string | null;
                                escalatedAt: string | null;
                                resolution: string | null;
                                resolvedBy: string | null;
                                cityId: string | null;
                                photoUrl: string | null;
                                context: {
                                    /** @description A price campaign's task: the merchant's largest gaps when it was launched */
                                    priceGaps?: {
                                        /** @description The competing platform (meituan, douyin …) */
                                        platform: string;
                                        /** @description An id (digits, as a string) */
                                        ourDealId: string;
                                        ourTitle: string;
                                        ourPrice: number;
                                        theirTitle: string;
                                        theirPrice: number;
                                        /** @description How much cheaper theirs is */
                                        gap: number;
                                        /** @description match_price: bring ours to their price; exclusive_offer: agree a better offer with us */
                                        strategy: "match_price" | "exclusive_offer";
                                    }[];
                                } | null;
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: date-time */
                                updatedAt: string;
                                doneAt: string | null;
                                assigneeName: string | null;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Problem */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Problem */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tasks/{id}/intervene": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** HQ acts on an escalated task: reprice or take offline the merchant’s deal, or answer; the task is done */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description An id (digits, as a string) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description reprice: change an online deal’s price; take_offline; none: resolve with a note only */
                        action: "reprice" | "take_offline" | "none";
                        /** @description An id (digits, as a string) */
                        dealId?: string;
                        dealPrice?: number;
                        /** @description What HQ did and why (kept on the task and the merchant) */
                        note: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description An id (digits, as a string) */
                            id: string;
                            /** @description renewal (contract ending), price_match, visit, … (campaigns name their own) */
                            kind: string;
                            title: string;
                            instructions: string | null;
                            /** @description open, doing, done, rejected or escalated */
                            status: string;
                            /** @description An id (digits, as a string) */
                            assigneeId: string;
                            leadId: string | null;
                            leadName: string | null;
                            contractId: string | null;
                            campaignId: string | null;
                            dueAt: string | null;
                            feedback: string | null;
                            reason: string | null;
                            escalatedAt: string | null;
                            resolution: string | null;
                            resolvedBy: string | null;
                            cityId: string | null;
                            photoUrl: string | null;
                            context: {
                                /** @description A price campaign's task: the merchant's largest gaps when it was launched */
                                priceGaps?: {
                                    /** @description The competing platform (meituan, douyin …) */
                                    platform: string;
                                    /** @description An id (digits, as a string) */
                                    ourDealId: string;
                                    ourTitle: string;
                                    ourPrice: number;
                                    theirTitle: string;
                                    theirPrice: number;
                                    /** @description How much cheaper theirs is */
                                    gap: number;
                                    /** @description match_price: bring ours to their price; exclusive_offer: agree a better offer with us */
                                    strategy: "match_price" | "exclusive_offer";
                                }[];
                            } | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            doneAt: string | null;
                        };
                    };
                };
                /** @description Problem */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Problem */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/analytics/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Dashboard figures of a scope (the tenant, an org unit or one person) over a period of local days */
        get: {
            parameters: {
                query?: {
                    /** @description A calendar day, YYYY-MM-DD */
                    from?: string;
                    /** @description A calendar day, YYYY-MM-DD */
                    to?: string;
                    /** @description An id (digits, as a string) */
                    unitId?: string;
                    /** @description An id (digits, as a string) */
                    userId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            scope: {
                                kind: "tenant" | "unit" | "user";
                                id: string | null;
                                name: string;
                            };
                            period: {
                                /** @description A calendar day, YYYY-MM-DD */
                                from: string;
                                /** @description A calendar day, YYYY-MM-DD */
                                to: string;
                                timezone: string;
                            };
                            refreshedAt: string | null;
                            figures: {
                                claims: number;
                                releases: number;
                                recycles: number;
                                visits: number;
                                /** @description Stores visited, counted once per person and day */
                                uniqueStores: number;
                                farVisits: number;
                                firstVisits: number;
                                opportunities: number;
                                signings: number;
                                renewals: number;
                                dealsOnline: number;
                                sales: number;
                                publicPool: number | null;
                                privateLeads: number;
                                expiringSoon: number;
                                avgHoldDays: number | null;
                                signedMerchants: number;
                                opsCovered: number;
                                opsCoverage: number | null;
                                tasksDue: number;
                                tasksDone: number;
                                tasksDoneLate: number;
                                tasksOverdue: number;
                                taskCompletion: number | null;
                                taskLateness: number | null;
                                funnel: {
                                    stage: string;
                                    count: number;
                                    rate: number | null;
                                }[];
                            };
                            trend: {
                                /** @description A calendar day, YYYY-MM-DD */
                                day: string;
                                claims: number;
                                visits: number;
                                firstVisits: number;
                                opportunities: number;
                                signings: number;
                                dealsOnline: number;
                            }[];
                        };
                    };
                };
                /** @description Problem */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Problem */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/analytics/breakdown": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The same figures per child unit (city → teams) and per person placed directly in the unit */
        get: {
            parameters: {
                query?: {
                    /** @description A calendar day, YYYY-MM-DD */
                    from?: string;
                    /** @description A calendar day, YYYY-MM-DD */
                    to?: string;
                    /** @description An id (digits, as a string) */
                    unitId?: string;
                    /** @description An id (digits, as a string) */
                    userId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            scope: {
                                kind: "tenant" | "unit" | "user";
                                id: string | null;
                                name: string;
                            };
                            period: {
                                /** @description A calendar day, YYYY-MM-DD */
                                from: string;
                                /** @description A calendar day, YYYY-MM-DD */
                                to: string;
                                timezone: string;
                            };
                            rows: {
                                kind: "unit" | "user";
                                /** @description An id (digits, as a string) */
                                id: string;
                                name: string;
                                unitKind: string | null;
                                role: string | null;
                                figures: {
                                    claims: number;
                                    releases: number;
                                    recycles: number;
                                    visits: number;
                                    /** @description Stores visited, counted once per person and day */
                                    uniqueStores: number;
                                    farVisits: number;
                                    firstVisits: number;
                                    opportunities: number;
                                    signings: number;
                                    renewals: number;
                                    dealsOnline: number;
                                    sales: number;
                                    publicPool: number | null;
                                    privateLeads: number;
                                    expiringSoon: number;
                                    avgHoldDays: number | null;
                                    signedMerchants: number;
                                    opsCovered: number;
                                    opsCoverage: number | null;
                                    tasksDue: number;
                                    tasksDone: number;
                                    tasksDoneLate: number;
                                    tasksOverdue: number;
                                    taskCompletion: number | null;
                                    taskLateness: number | null;
                                    funnel: {
                                        stage: string;
                                        count: number;
                                        rate: number | null;
                                    }[];
                                };
                            }[];
                        };
                    };
                };
                /** @description Problem */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Problem */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/analytics/merchants": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A person’s merchants with their visits, signing, deals and sales in the period (most visited first) */
        get: {
            parameters: {
                query?: {
                    /** @description A calendar day, YYYY-MM-DD */
                    from?: string;
                    /** @description A calendar day, YYYY-MM-DD */
                    to?: string;
                    /** @description An id (digits, as a string) */
                    userId?: string;
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            scope: {
                                kind: "tenant" | "unit" | "user";
                                id: string | null;
                                name: string;
                            };
                            period: {
                                /** @description A calendar day, YYYY-MM-DD */
                                from: string;
                                /** @description A calendar day, YYYY-MM-DD */
                                to: string;
                                timezone: string;
                            };
                            items: {
                                /** @description An id (digits, as a string) */
                                leadId: string;
                                name: string;
                                status: string;
                                visits: number;
                                lastVisitAt: string | null;
                                signedAt: string | null;
                                dealsOnline: number;
                                sales: number;
                                opsCovered: boolean;
                            }[];
                        };
                    };
                };
                /** @description Problem */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Problem */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/analytics/rebuild": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Recompute the daily rollup of a range of days (at most 92), e.g. after correcting old data */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description A calendar day, YYYY-MM-DD */
                        from: string;
                        /** @description A calendar day, YYYY-MM-DD */
                        to: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description A calendar day, YYYY-MM-DD */
                            from: string;
                            /** @description A calendar day, YYYY-MM-DD */
                            to: string;
                            days: number;
                            rows: number;
                        };
                    };
                };
                /** @description Problem */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Problem */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/kpi/definitions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The tenant’s KPI definitions (per role, optionally per unit) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** @description An id (digits, as a string) */
                                id: string;
                                name: string;
                                role: string;
                                orgUnitId: string | null;
                                cap: number;
                                metrics: {
                                    metric: "visits" | "uniqueStores" | "firstVisits" | "claims" | "opportunities" | "signings" | "renewals" | "dealsOnline" | "sales" | "taskCompletion";
                                    /** @description Percent; the lines add up to 100 */
                                    weight: number;
                                    /** @description Monthly target; 0: nothing expected */
                                    target: number;
                                }[];
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: date-time */
                                updatedAt: string;
                            }[];
                        };
                    };
                };
                /** @description Problem */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Problem */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Define the KPI of a role (weights add up to 100; tenant admin or HQ) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        role: "bd" | "bd_manager" | "city_manager" | "ops" | "ops_manager";
                        orgUnitId?: string | null;
                        /** @description Most a line may count, × its weight */
                        cap?: number;
                        metrics: {
                            metric: "visits" | "uniqueStores" | "firstVisits" | "claims" | "opportunities" | "signings" | "renewals" | "dealsOnline" | "sales" | "taskCompletion";
                            /** @description Percent; the lines add up to 100 */
                            weight: number;
                            /** @description Monthly target; 0: nothing expected */
                            target: number;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description An id (digits, as a string) */
                            id: string;
                            name: string;
                            role: string;
                            orgUnitId: string | null;
                            cap: number;
                            metrics: {
                                metric: "visits" | "uniqueStores" | "firstVisits" | "claims" | "opportunities" | "signings" | "renewals" | "dealsOnline" | "sales" | "taskCompletion";
                                /** @description Percent; the lines add up to 100 */
                                weight: number;
                                /** @description Monthly target; 0: nothing expected */
                                target: number;
                            }[];
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
                /** @description Problem */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Problem */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/kpi/definitions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete a KPI definition */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description An id (digits, as a string) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Problem */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Problem */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Change a KPI definition */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description An id (digits, as a string) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name?: string;
                        role?: "bd" | "bd_manager" | "city_manager" | "ops" | "ops_manager";
                        orgUnitId?: string | null;
                        /** @description Most a line may count, × its weight */
                        cap?: number;
                        metrics?: {
                            metric: "visits" | "uniqueStores" | "firstVisits" | "claims" | "opportunities" | "signings" | "renewals" | "dealsOnline" | "sales" | "taskCompletion";
                            /** @description Percent; the lines add up to 100 */
                            weight: number;
                            /** @description Monthly target; 0: nothing expected */
                            target: number;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description An id (digits, as a string) */
                            id: string;
                            name: string;
                            role: string;
                            orgUnitId: string | null;
                            cap: number;
                            metrics: {
                                metric: "visits" | "uniqueStores" | "firstVisits" | "claims" | "opportunities" | "signings" | "renewals" | "dealsOnline" | "sales" | "taskCompletion";
                                /** @description Percent; the lines add up to 100 */
                                weight: number;
                                /** @description Monthly target; 0: nothing expected */
                                target: number;
                            }[];
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
                /** @description Problem */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Problem */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/kpi/scores": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Monthly scores of the people of a scope, with ranks in team and city and team averages */
        get: {
            parameters: {
                query: {
                    /** @description YYYY-MM (1900–2999) */
                    month: string;
                    /** @description An id (digits, as a string) */
                    unitId?: string;
                    /** @description An id (digits, as a string) */
                    userId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            month: string;
                            people: {
                                /** @description An id (digits, as a string) */
                                userId: string;
                                name: string;
                                role: string;
                                /** @description An id (digits, as a string) */
                                unitId: string;
                                unitName: string;
                                cityName: string | null;
                                /** @description An id (digits, as a string) */
                                definitionId: string;
                                score: number;
                                teamRank: number | null;
                                cityRank: number | null;
                                lines: {
                                    metric: string;
                                    weight: number;
                                    target: number;
                                    actual: number;
                                    ratio: number;
                                    points: number;
                                }[];
                            }[];
                            teams: {
                                /** @description An id (digits, as a string) */
                                unitId: string;
                                name: string;
                                people: number;
                                /** @description The average of its people’s scores */
                                score: number;
                                cityRank: number | null;
                            }[];
                        };
                    };
                };
                /** @description Problem */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Problem */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/kpi/scores/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The monthly scores as an XLSX workbook */
        get: {
            parameters: {
                query: {
                    /** @description YYYY-MM (1900–2999) */
                    month: string;
                    /** @description An id (digits, as a string) */
                    unitId?: string;
                    lang?: "zh" | "en";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The XLSX file */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    };
                };
                /** @description Problem */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Problem */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/leads/{id}/deals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Draft a deal (上单) for a signed merchant you look after */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description An id (digits, as a string) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        title: string;
                        items: {
                            /** @description A line of the set menu, e.g. 招牌毛肚 */
                            name: string;
                            quantity: number;
                            price?: number;
                        }[];
                        listPrice: number;
                        dealPrice: number;
                        minGroupSize?: number;
                        /** Format: date */
                        validFrom: string;
                        /** Format: date */
                        validTo: string;
                        contractId?: string | null;
                        attrs?: {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description An id (digits, as a string) */
                            id: string;
                            /** @description An id (digits, as a string) */
                            leadId: string;
                            contractId: string | null;
                            /** @description An id (digits, as a string) */
                            ownerId: string;
                            title: string;
                            /** @description The merchant’s name when the deal was last written */
                            leadName: string;
                            /** @description An id (digits, as a string) */
                            cityId: string;
                            category: string | null;
                            items: {
                                /** @description A line of the set menu, e.g. 招牌毛肚 */
                                name: string;
                                quantity: number;
                                price?: number;
                            }[];
                            listPrice: number;
                            dealPrice: number;
                            minGroupSize: number;
                            /** Format: date */
                            validFrom: string;
                            /** Format: date */
                            validTo: string;
                            status: "draft" | "pending_audit" | "rejected" | "online" | "offline" | "expired";
                            salesCount: number;
                            salesUpdatedAt: string | null;
                            attrs: {
                                [key: string]: unknown;
                            };
                            /** @description Checklist codes of the last rejection */
                            rejectionReasons: string[];
                            rejectionComment: string | null;
                            offlineReason: string | null;
                            submittedAt: string | null;
                            auditedBy: string | null;
                            auditedAt: string | null;
                            onlineAt: string | null;
                            /** @description When it went offline or expired */
                            offlineAt: string | null;
                            createdBy: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
                /** @description Problem */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Problem */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/deals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The deal center: every deal of the tenant, newest first, searched and filtered */
        get: {
            parameters: {
                query?: {
                    /** @description Part of the title or merchant name */
                    q?: string;
                    status?: "draft" | "pending_audit" | "rejected" | "online" | "offline" | "expired";
                    /** @description An id (digits, as a string) */
                    cityId?: string;
                    category?: string;
                    minPrice?: number;
                    maxPrice?: number;
                    /** @description An id (digits, as a string) */
                    leadId?: string;
                    limit?: number;
                    /** @description The nextCursor of the previous page */
                    cursor?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** @description An id (digits, as a string) */
                                id: string;
                                /** @description An id (digits, as a string) */
                                leadId: string;
                                contractId: string | null;
                                /** @description An id (digits, as a string) */
                                ownerId: string;
                                title: string;
                                /** @description The merchant’s name when the deal was last written */
                                leadName: string;
                                /** @description An id (digits, as a string) */
                                cityId: string;
                                category: string | null;
                                items: {
                                    /** @description A line of the set menu, e.g. 招牌毛肚 */
                                    name: string;
                                    quantity: number;
                                    price?: number;
                                }[];
                                listPrice: number;
                                dealPrice: number;
                                minGroupSize: number;
                                /** Format: date */
                                validFrom: string;
                                /** Format: date */
                                validTo: string;
                                status: "draft" | "pending_audit" | "rejected" | "online" | "offline" | "expired";
                                salesCount: number;
                                salesUpdatedAt: string | null;
                                attrs: {
                                    [key: string]: unknown;
                                };
                                /** @description Checklist codes of the last rejection */
                                rejectionReasons: string[];
                                rejectionComment: string | null;
                                offlineReason: string | null;
                                submittedAt: string | null;
                                auditedBy: string | null;
                                auditedAt: string | null;
                                onlineAt: string | null;
                                /** @description When it went offline or expired */
                                offlineAt: string | null;
                                createdBy: string | null;
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: date-time */
                                updatedAt: string;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Problem */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Problem */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/deals/audit-checklist": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The reasons a reviewer may give for rejecting a deal */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                code: "price_not_below_list" | "missing_images" | "invalid_validity" | "misleading_title" | "items_incomplete" | "other";
                                labelZh: string;
                                labelEn: string;
                            }[];
                        };
                    };
                };
                /** @description Problem */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Problem */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/review/deals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The deal audit queue: deals waiting for audit, the longest waiting first */
        get: {
            parameters: {
                query?: {
                    /** @description An id (digits, as a string) */
                    cityId?: string;
                    limit?: number;
                    /** @description The nextCursor of the previous page */
                    cursor?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** @description An id (digits, as a string) */
                                id: string;
                                /** @description An id (digits, as a string) */
                                leadId: string;
                                contractId: string | null;
                                /** @description An id (digits, as a string) */
                                ownerId: string;
                                title: string;
                                /** @description The merchant’s name when the deal was last written */
                                leadName: string;
                                /** @description An id (digits, as a string) */
                                cityId: string;
                                category: string | null;
                                items: {
                                    /** @description A line of the set menu, e.g. 招牌毛肚 */
                                    name: string;
                                    quantity: number;
                                    price?: number;
                                }[];
                                listPrice: number;
                                dealPrice: number;
                                minGroupSize: number;
                                /** Format: date */
                                validFrom: string;
                                /** Format: date */
                                validTo: string;
                                status: "draft" | "pending_audit" | "rejected" | "online" | "offline" | "expired";
                                salesCount: number;
                                salesUpdatedAt: string | null;
                                attrs: {
                                    [key: string]: unknown;
                                };
                                /** @description Checklist codes of the last rejection */
                                rejectionReasons: string[];
                                rejectionComment: string | null;
                                offlineReason: string | null;
                                submittedAt: string | null;
                                auditedBy: string | null;
                                auditedAt: string | null;
                                onlineAt: string | null;
                                /** @description When it went offline or expired */
                                offlineAt: string | null;
                                createdBy: string | null;
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: date-time */
                                updatedAt: string;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Problem */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Problem */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/deals/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A deal with its history of submissions, audits and status changes */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description An id (digits, as a string) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description An id (digits, as a string) */
                            id: string;
                            /** @description An id (digits, as a string) */
                            leadId: string;
                            contractId: string | null;
                            /** @description An id (digits, as a string) */
                            ownerId: string;
                            title: string;
                            /** @description The merchant’s name when the deal was last written */
                            leadName: string;
                            /** @description An id (digits, as a string) */
                            cityId: string;
                            category: string | null;
                            items: {
                                /** @description A line of the set menu, e.g. 招牌毛肚 */
                                name: string;
                                quantity: number;
                                price?: number;
                            }[];
                            listPrice: number;
                            dealPrice: number;
                            minGroupSize: number;
                            /** Format: date */
                            validFrom: string;
                            /** Format: date */
                            validTo: string;
                            status: "draft" | "pending_audit" | "rejected" | "online" | "offline" | "expired";
                            salesCount: number;
                            salesUpdatedAt: string | null;
                            attrs: {
                                [key: string]: unknown;
                            };
                            /** @description Checklist codes of the last rejection */
                            rejectionReasons: string[];
                            rejectionComment: string | null;
                            offlineReason: string | null;
                            submittedAt: string | null;
                            auditedBy: string | null;
                            auditedAt: string | null;
                            onlineAt: string | null;
                            /** @description When it went offline or expired */
                            offlineAt: string | null;
                            createdBy: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            history: {
                                /** Format: date-time */
                                at: string;
                                /** @description created, revised, submitted, approved, rejected, offline or expired */
                                action: string;
                                fromStatus: string | null;
                                toStatus: string;
                                actorKind: string;
                                actorId: string | null;
                                actorName: string;
                                reasons: string[];
                                comment: string | null;
                            }[];
                        };
                    };
                };
                /** @description Problem */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Problem */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Revise a draft or a rejected deal (a rejected one goes back to draft) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description An id (digits, as a string) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        title?: string;
                        items?: {
                            /** @description A line of the set menu, e.g. 招牌毛肚 */
                            name: string;
                            quantity: number;
                            price?: number;
                        }[];
                        listPrice?: number;
                        dealPrice?: number;
                        minGroupSize?: number;
                        /** Format: date */
                        validFrom?: string;
                        /** Format: date */
                        validTo?: string;
                        contractId?: string | null;
                        attrs?: {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description An id (digits, as a string) */
                            id: string;
                            /** @description An id (digits, as a string) */
                            leadId: string;
                            contractId: string | null;
                            /** @description An id (digits, as a string) */
                            ownerId: string;
                            title: string;
                            /** @description The merchant’s name when the deal was last written */
                            leadName: string;
                            /** @description An id (digits, as a string) */
                            cityId: string;
                            category: string | null;
                            items: {
                                /** @description A line of the set menu, e.g. 招牌毛肚 */
                                name: string;
                                quantity: number;
                                price?: number;
                            }[];
                            listPrice: number;
                            dealPrice: number;
                            minGroupSize: number;
                            /** Format: date */
                            validFrom: string;
                            /** Format: date */
                            validTo: string;
                            status: "draft" | "pending_audit" | "rejected" | "online" | "offline" | "expired";
                            salesCount: number;
                            salesUpdatedAt: string | null;
                            attrs: {
                                [key: string]: unknown;
                            };
                            /** @description Checklist codes of the last rejection */
                            rejectionReasons: string[];
                            rejectionComment: string | null;
                            offlineReason: string | null;
                            submittedAt: string | null;
                            auditedBy: string | null;
                            auditedAt: string | null;
                            onlineAt: string | null;
                            /** @description When it went offline or expired */
                            offlineAt: string | null;
                            createdBy: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
                /** @description Problem */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Problem */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/deals/{id}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Submit for audit; refused with the checklist codes it fails (deal_not_ready) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description An id (digits, as a string) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": Record<string, never> | null;
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description An id (digits, as a string) */
                            id: string;
                            /** @description An id (digits, as a string) */
                            leadId: string;
                            contractId: string | null;
                            /** @description An id (digits, as a string) */
                            ownerId: string;
                            title: string;
                            /** @description The merchant’s name when the deal was last written */
                            leadName: string;
                            /** @description An id (digits, as a string) */
                            cityId: string;
                            category: string | null;
                            items: {
                                /** @description A line of the set menu, e.g. 招牌毛肚 */
                                name: string;
                                quantity: number;
                                price?: number;
                            }[];
                            listPrice: number;
                            dealPrice: number;
                            minGroupSize: number;
                            /** Format: date */
                            validFrom: string;
                            /** Format: date */
                            validTo: string;
                            status: "draft" | "pending_audit" | "rejected" | "online" | "offline" | "expired";
                            salesCount: number;
                            salesUpdatedAt: string | null;
                            attrs: {
                                [key: string]: unknown;
                            };
                            /** @description Checklist codes of the last rejection */
                            rejectionReasons: string[];
                            rejectionComment: string | null;
                            offlineReason: string | null;
                            submittedAt: string | null;
                            auditedBy: string | null;
                            auditedAt: string | null;
                            onlineAt: string | null;
                            /** @description When it went offline or expired */
                            offlineAt: string | null;
                            createdBy: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
                /** @description Problem */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Problem */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/deals/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Approve a deal waiting for audit: it goes online (reviewers, HQ) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description An id (digits, as a string) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        comment?: string;
                    } | null;
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description An id (digits, as a string) */
                            id: string;
                            /** @description An id (digits, as a string) */
                            leadId: string;
                            contractId: string | null;
                            /** @description An id (digits, as a string) */
                            ownerId: string;
                            title: string;
                            /** @description The merchant’s name when the deal was last written */
                            leadName: string;
                            /** @description An id (digits, as a string) */
                            cityId: string;
                            category: string | null;
                            items: {
                                /** @description A line of the set menu, e.g. 招牌毛肚 */
                                name: string;
                                quantity: number;
                                price?: number;
                            }[];
                            listPrice: number;
                            dealPrice: number;
                            minGroupSize: number;
                            /** Format: date */
                            validFrom: string;
                            /** Format: date */
                            validTo: string;
                            status: "draft" | "pending_audit" | "rejected" | "online" | "offline" | "expired";
                            salesCount: number;
                            salesUpdatedAt: string | null;
                            attrs: {
                                [key: string]: unknown;
                            };
                            /** @description Checklist codes of the last rejection */
                            rejectionReasons: string[];
                            rejectionComment: string | null;
                            offlineReason: string | null;
                            submittedAt: string | null;
                            auditedBy: string | null;
                            auditedAt: string | null;
                            onlineAt: string | null;
                            /** @description When it went offline or expired */
                            offlineAt: string | null;
                            createdBy: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
                /** @description Problem */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Problem */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/deals/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reject a deal waiting for audit, with reasons from the checklist (reviewers, HQ) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description An id (digits, as a string) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reasons: ("price_not_below_list" | "missing_images" | "invalid_validity" | "misleading_title" | "items_incomplete" | "other")[];
                        comment?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description An id (digits, as a string) */
                            id: string;
                            /** @description An id (digits, as a string) */
                            leadId: string;
                            contractId: string | null;
                            /** @description An id (digits, as a string) */
                            ownerId: string;
                            title: string;
                            /** @description The merchant’s name when the deal was last written */
                            leadName: string;
                            /** @description An id (digits, as a string) */
                            cityId: string;
                            category: string | null;
                            items: {
                                /** @description A line of the set menu, e.g. 招牌毛肚 */
                                name: string;
                                quantity: number;
                                price?: number;
                            }[];
                            listPrice: number;
                            dealPrice: number;
                            minGroupSize: number;
                            /** Format: date */
                            validFrom: string;
                            /** Format: date */
                            validTo: string;
                            status: "draft" | "pending_audit" | "rejected" | "online" | "offline" | "expired";
                            salesCount: number;
                            salesUpdatedAt: string | null;
                            attrs: {
                                [key: string]: unknown;
                            };
                            /** @description Checklist codes of the last rejection */
                            rejectionReasons: string[];
                            rejectionComment: string | null;
                            offlineReason: string | null;
                            submittedAt: string | null;
                            auditedBy: string | null;
                            auditedAt: string | null;
                            onlineAt: string | null;
                            /** @description When it went offline or expired */
                            offlineAt: string | null;
                            createdBy: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
                /** @description Problem */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Problem */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/deals/{id}/offline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Take an online deal offline, with the reason (reviewers, HQ, admins, the city’s operations) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description An id (digits, as a string) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description An id (digits, as a string) */
                            id: string;
                            /** @description An id (digits, as a string) */
                            leadId: string;
                            contractId: string | null;
                            /** @description An id (digits, as a string) */
                            ownerId: string;
                            title: string;
                            /** @description The merchant’s name when the deal was last written */
                            leadName: string;
                            /** @description An id (digits, as a string) */
                            cityId: string;
                            category: string | null;
                            items: {
                                /** @description A line of the set menu, e.g. 招牌毛肚 */
                                name: string;
                                quantity: number;
                                price?: number;
                            }[];
                            listPrice: number;
                            dealPrice: number;
                            minGroupSize: number;
                            /** Format: date */
                            validFrom: string;
                            /** Format: date */
                            validTo: string;
                            status: "draft" | "pending_audit" | "rejected" | "online" | "offline" | "expired";
                            salesCount: number;
                            salesUpdatedAt: string | null;
                            attrs: {
                                [key: string]: unknown;
                            };
                            /** @description Checklist codes of the last rejection */
                            rejectionReasons: string[];
                            rejectionComment: string | null;
                            offlineReason: string | null;
                            submittedAt: string | null;
                            auditedBy: string | null;
                            auditedAt: string | null;
                            onlineAt: string | null;
                            /** @description When it went offline or expired */
                            offlineAt: string | null;
                            createdBy: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
                /** @description Problem */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Problem */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/deals/sales": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Set the sales counts of deals (idempotent); one bad row refuses the whole batch */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description An id (digits, as a string) */
                        dealId: string;
                        salesCount: number;
                    }[];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Rows in the request */
                            received: number;
                            /** @description Deals whose count changed */
                            updated: number;
                            /** @description Deals that already had that count */
                            unchanged: number;
                        };
                    };
                };
                /** @description Problem */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Problem */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/deals/sales/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Set sales counts from a CSV/XLSX file (multipart field "file"), all rows or none
         * @description Columns by header: dealId (团单ID) and salesCount (销量); other columns are ignored. The file is applied at once; refused rows are listed by their row number in the sheet.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "multipart/form-data": {
                        /**
                         * Format: binary
                         * @description CSV (UTF-8 or GBK) or XLSX, at most 5 MB, with the columns dealId (团单ID) and salesCount (销量)
                         */
                        file: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Rows in the request */
                            received: number;
                            /** @description Deals whose count changed */
                            updated: number;
                            /** @description Deals that already had that count */
                            unchanged: number;
                        };
                    };
                };
                /** @description Problem */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Problem */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/competitors/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import competitor stores and deals (CSV/XLSX, multipart field "file"): 202 with a job
         * @description Columns by header: 平台/platform, 门店名称/storeName, 地址/address, 纬度/lat, 经度/lng, 城市/city, 品类/category, 团购名称/title, 价格/price, 月销量/sales, 采集时间/observedAt. Refused rows go to the job’s error report; matching, tags and price gaps are recomputed when it is done.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            /** @description multipart/form-data */
            requestBody: {
                content: {
                    "multipart/form-data": {
                        /**
                         * Format: binary
                         * @description CSV (UTF-8 or GBK) or XLSX, at most 200 MB
                         */
                        file: string;
                        /** @description The system of the coordinates sent (Baidu exports are bd09, Amap and Meituan gcj02) */
                        coordSystem?: "wgs84" | "gcj02" | "bd09";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description An id (digits, as a string) */
                            jobId: string;
                            /** @enum {string} */
                            status: "queued";
                            ignoredColumns: string[];
                        };
                    };
                };
                /** @description Problem */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Problem */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/competitors/records": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Submit up to 1,000 competitor records; all are checked first, one bad record saves none */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description The system of the coordinates sent (Baidu exports are bd09, Amap and Meituan gcj02) */
                        coordSystem?: "wgs84" | "gcj02" | "bd09";
                        records: {
                            /** @description e.g. meituan, dianping, douyin */
                            platform: string;
                            storeName: string;
                            address?: string | null;
                            lat?: number | null;
                            lng?: number | null;
                            city?: string | null;
                            category?: string | null;
                            title?: string | null;
                            price?: number | null;
                            sales?: number | null;
                            observedAt?: string | null;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            matching: {
                                matched: number;
                                review: number;
                                unmatched: number;
                            };
                            competitorOnline: {
                                added: number;
                                removed: number;
                            };
                            priceGaps: number;
                            priceDisadvantage: {
                                added: number;
                                removed: number;
                            };
                            records: number;
                            stores: number;
                            newStores: number;
                        };
                    };
                };
                /** @description Problem */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Problem */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/competitors/recompute": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Rematch every store and recompute competitor_online, price gaps and price_disadvantage */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            matching: {
                                matched: number;
                                review: number;
                                unmatched: number;
                            };
                            competitorOnline: {
                                added: number;
                                removed: number;
                            };
                            priceGaps: number;
                            priceDisadvantage: {
                                added: number;
                                removed: number;
                            };
                        };
                    };
                };
                /** @description Problem */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Problem */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/competitors/stores": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Competitor stores, newest first, with their match and offers */
        get: {
            parameters: {
                query?: {
                    status?: "matched" | "review" | "unmatched";
                    platform?: string;
                    limit?: number;
                    /** @description The nextCursor of the previous page */
                    cursor?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** @description An id (digits, as a string) */
                                id: string;
                                platform: string;
                                name: string;
                                address: string | null;
                                lat: number | null;
                                lng: number | null;
                                city: string | null;
                                category: string | null;
                                matchStatus: "matched" | "review" | "unmatched";
                                matchSource: ("auto" | "confirmed") | null;
                                matchId: string | null;
                                matchScore: number | null;
                                matchDistanceM: number | null;
                                matchedAt: string | null;
                                lead: {
                                    /** @description An id (digits, as a string) */
                                    id: string;
                                    name: string;
                                } | null;
                                deals: {
                                    /** @description An id (digits, as a string) */
                                    id: string;
                                    title: string;
                                    price: number;
                                    sales: number | null;
                                    category: string | null;
                                    /** Format: date-time */
                                    observedAt: string;
                                }[];
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Problem */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Problem */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/competitors/matches": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The review queue: uncertain store–merchant pairs, oldest first */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    /** @description The nextCursor of the previous page */
                    cursor?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** @description An id (digits, as a string) */
                                id: string;
                                score: number;
                                nameScore: number;
                                distanceM: number;
                                /** Format: date-time */
                                createdAt: string;
                                store: {
                                    /** @description An id (digits, as a string) */
                                    id: string;
                                    name: string;
                                    address: string | null;
                                    lat: number | null;
                                    lng: number | null;
                                    platform: string;
                                };
                                lead: {
                                    /** @description An id (digits, as a string) */
                                    id: string;
                                    name: string;
                                    address: string | null;
                                    lat: number | null;
                                    lng: number | null;
                                    category: string | null;
                                };
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Problem */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Problem */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/competitors/matches/{id}/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Confirm a pair: the store is this merchant’s for good (rematches keep it) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description An id (digits, as a string) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description An id (digits, as a string) */
                            storeId: string;
                            matchStatus: "matched" | "review" | "unmatched";
                            leadId: string | null;
                        };
                    };
                };
                /** @description Problem */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Problem */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/competitors/matches/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reject a pair (also an automatic match): it is never proposed again; the store looks again */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description An id (digits, as a string) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description An id (digits, as a string) */
                            storeId: string;
                            matchStatus: "matched" | "review" | "unmatched";
                            leadId: string | null;
                        };
                    };
                };
                /** @description Problem */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Problem */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/competitors/price-gaps": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Cheaper comparable competitor offers, per merchant and deal, with the suggested strategy */
        get: {
            parameters: {
                query?: {
                    strategy?: "match_price" | "exclusive_offer";
                    platform?: string;
                    limit?: number;
                    /** @description The nextCursor of the previous page */
                    cursor?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** @description An id (digits, as a string) */
                                leadId: string;
                                leadName: string;
                                platform: string;
                                /** @description An id (digits, as a string) */
                                storeId: string;
                                /** @description An id (digits, as a string) */
                                ourDealId: string;
                                ourTitle: string;
                                ourPrice: number;
                                /** @description An id (digits, as a string) */
                                competitorDealId: string;
                                theirTitle: string;
                                theirPrice: number;
                                gap: number;
                                /** @description gap / ourPrice */
                                gapRatio: number;
                                strategy: "match_price" | "exclusive_offer";
                                /** Format: date-time */
                                computedAt: string;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Problem */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Problem */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/competitors/merchants/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A merchant’s competitor section: matched stores, their offers, price gaps, pending pairs */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description An id (digits, as a string) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description An id (digits, as a string) */
                            leadId: string;
                            tags: string[];
                            stores: {
                                /** @description An id (digits, as a string) */
                                id: string;
                                platform: string;
                                name: string;
                                address: string | null;
                                matchSource: ("auto" | "confirmed") | null;
                                matchScore: number | null;
                                matchDistanceM: number | null;
                                deals: {
                                    /** @description An id (digits, as a string) */
                                    id: string;
                                    title: string;
                                    price: number;
                                    sales: number | null;
                                    category: string | null;
                                    /** Format: date-time */
                                    observedAt: string;
                                }[];
                            }[];
                            priceGaps: {
                                /** @description An id (digits, as a string) */
                                leadId: string;
                                leadName: string;
                                platform: string;
                                /** @description An id (digits, as a string) */
                                storeId: string;
                                /** @description An id (digits, as a string) */
                                ourDealId: string;
                                ourTitle: string;
                                ourPrice: number;
                                /** @description An id (digits, as a string) */
                                competitorDealId: string;
                                theirTitle: string;
                                theirPrice: number;
                                gap: number;
                                /** @description gap / ourPrice */
                                gapRatio: number;
                                strategy: "match_price" | "exclusive_offer";
                                /** Format: date-time */
                                computedAt: string;
                            }[];
                            pendingMatches: {
                                /** @description An id (digits, as a string) */
                                id: string;
                                score: number;
                                nameScore: number;
                                distanceM: number;
                                /** Format: date-time */
                                createdAt: string;
                                store: {
                                    /** @description An id (digits, as a string) */
                                    id: string;
                                    name: string;
                                    address: string | null;
                                    lat: number | null;
                                    lng: number | null;
                                    platform: string;
                                };
                                lead: {
                                    /** @description An id (digits, as a string) */
                                    id: string;
                                    name: string;
                                    address: string | null;
                                    lat: number | null;
                                    lng: number | null;
                                    category: string | null;
                                };
                            }[];
                        };
                    };
                };
                /** @description Problem */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Problem */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tag-rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The tenant’s tag rules */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** @description An id (digits, as a string) */
                                id: string;
                                tag: string;
                                name: string;
                                /** @description A JSON condition (docs/competitors.md, "Tag rules"): {"all"|"any": [...]}, {"not": …}, {"field": "category"|"cityId"|"kind"|"channel"|"status"|"tags"|"attr.<key>", "op", "value"}, {"metric": "sales"|"visits", "op", "value", "days"}, {"top": "sales", "percent", "per": "city"|"tenant"} */
                                condition: unknown;
                                active: boolean;
                                lastRunAt: string | null;
                                lastCount: number | null;
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: date-time */
                                updatedAt: string;
                            }[];
                        };
                    };
                };
                /** @description Problem */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Problem */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Create a rule (one per tag); run it to apply */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        tag: string;
                        name: string;
                        /** @description A JSON condition (docs/competitors.md, "Tag rules"): {"all"|"any": [...]}, {"not": …}, {"field": "category"|"cityId"|"kind"|"channel"|"status"|"tags"|"attr.<key>", "op", "value"}, {"metric": "sales"|"visits", "op", "value", "days"}, {"top": "sales", "percent", "per": "city"|"tenant"} */
                        condition: unknown;
                        active?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description An id (digits, as a string) */
                            id: string;
                            tag: string;
                            name: string;
                            /** @description A JSON condition (docs/competitors.md, "Tag rules"): {"all"|"any": [...]}, {"not": …}, {"field": "category"|"cityId"|"kind"|"channel"|"status"|"tags"|"attr.<key>", "op", "value"}, {"metric": "sales"|"visits", "op", "value", "days"}, {"top": "sales", "percent", "per": "city"|"tenant"} */
                            condition: unknown;
                            active: boolean;
                            lastRunAt: string | null;
                            lastCount: number | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
                /** @description Problem */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Problem */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tag-rules/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One tag rule */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description An id (digits, as a string) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description An id (digits, as a string) */
                            id: string;
                            tag: string;
                            name: string;
                            /** @description A JSON condition (docs/competitors.md, "Tag rules"): {"all"|"any": [...]}, {"not": …}, {"field": "category"|"cityId"|"kind"|"channel"|"status"|"tags"|"attr.<key>", "op", "value"}, {"metric": "sales"|"visits", "op", "value", "days"}, {"top": "sales", "percent", "per": "city"|"tenant"} */
                            condition: unknown;
                            active: boolean;
                            lastRunAt: string | null;
                            lastCount: number | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
                /** @description Problem */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Problem */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Delete a rule; its tag is taken off every lead */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description An id (digits, as a string) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Problem */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Problem */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Change a rule’s name, condition or activity */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description An id (digits, as a string) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name?: string;
                        /** @description A JSON condition (docs/competitors.md, "Tag rules"): {"all"|"any": [...]}, {"not": …}, {"field": "category"|"cityId"|"kind"|"channel"|"status"|"tags"|"attr.<key>", "op", "value"}, {"metric": "sales"|"visits", "op", "value", "days"}, {"top": "sales", "percent", "per": "city"|"tenant"} */
                        condition?: unknown;
                        active?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description An id (digits, as a string) */
                            id: string;
                            tag: string;
                            name: string;
                            /** @description A JSON condition (docs/competitors.md, "Tag rules"): {"all"|"any": [...]}, {"not": …}, {"field": "category"|"cityId"|"kind"|"channel"|"status"|"tags"|"attr.<key>", "op", "value"}, {"metric": "sales"|"visits", "op", "value", "days"}, {"top": "sales", "percent", "per": "city"|"tenant"} */
                            condition: unknown;
                            active: boolean;
                            lastRunAt: string | null;
                            lastCount: number | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
                /** @description Problem */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Problem */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/tag-rules/{id}/run": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Recompute one rule now: its tag on exactly the leads meeting it */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description An id (digits, as a string) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description An id (digits, as a string) */
                            ruleId: string;
                            tag: string;
                            /** @description Leads carrying the tag now */
                            count: number;
                            added: number;
                            removed: number;
                        };
                    };
                };
                /** @description Problem */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Problem */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tag-rules/run": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Recompute every rule now (the nightly job does the same) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** @description An id (digits, as a string) */
                                ruleId: string;
                                tag: string;
                                /** @description Leads carrying the tag now */
                                count: number;
                                added: number;
                                removed: number;
                            }[];
                        };
                    };
                };
                /** @description Problem */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Problem */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The change feed: events in commit order after a cursor (tenant admins and API keys)
         * @description Poll with the `nextCursor` of the previous answer as `after`. An event appears once the transaction that wrote it, and every transaction that started before it, has finished, so a position once handed out is never overtaken. See docs/integrations.md.
         */
        get: {
            parameters: {
                query?: {
                    /** @description The nextCursor of the previous poll (opaque). Left out: from the first event; `now`: from the present on */
                    after?: string;
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** @description An id (digits, as a string) */
                                id: string;
                                /** @description Resume after this event: pass it as `after` */
                                cursor: string;
                                /** @description One of the event types, e.g. lead.claimed */
                                type: string;
                                /** Format: date-time */
                                occurredAt: string;
                                actor: {
                                    /** @description user, api_key or system */
                                    kind: string;
                                    id: string | null;
                                    name: string;
                                };
                                subject: {
                                    /** @description lead, visit, contract, deal or task */
                                    kind: string;
                                    /** @description An id (digits, as a string) */
                                    id: string;
                                };
                                /** @description The fields that changed or matter */
                                data: {
                                    [key: string]: unknown;
                                };
                            }[];
                            /** @description Where to resume: pass it as `after` next time, also when this poll brought nothing */
                            nextCursor: string;
                            /** @description More events are ready now: poll again at once */
                            hasMore: boolean;
                        };
                    };
                };
                /** @description Problem */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Problem */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/events/types": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The event types, for subscriptions */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: ("lead.created" | "lead.updated" | "lead.claimed" | "lead.released" | "lead.assigned" | "lead.recycled" | "visit.created" | "contract.signed" | "deal.online" | "deal.offline" | "task.done")[];
                        };
                    };
                };
                /** @description Problem */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Problem */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The endpoints */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    /** @description The nextCursor of the previous page */
                    cursor?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** @description An id (digits, as a string) */
                                id: string;
                                url: string;
                                description: string | null;
                                eventTypes: string[];
                                active: boolean;
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: date-time */
                                updatedAt: string;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Problem */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Problem */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Register an endpoint; its signing secret is in this answer only (tenant admins) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description An http:// or https:// address */
                        url: string;
                        description?: string;
                        /** @description The event types this endpoint receives */
                        eventTypes: ("lead.created" | "lead.updated" | "lead.claimed" | "lead.released" | "lead.assigned" | "lead.recycled" | "visit.created" | "contract.signed" | "deal.online" | "deal.offline" | "task.done")[];
                        /** @default true */
                        active?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description An id (digits, as a string) */
                            id: string;
                            url: string;
                            description: string | null;
                            eventTypes: string[];
                            active: boolean;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            /** @description The signing secret, shown this once: keep it */
                            secret: string;
                        };
                    };
                };
                /** @description Problem */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Problem */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhooks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One endpoint */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description An id (digits, as a string) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description An id (digits, as a string) */
                            id: string;
                            url: string;
                            description: string | null;
                            eventTypes: string[];
                            active: boolean;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
                /** @description Problem */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Problem */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Remove an endpoint with its delivery log */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description An id (digits, as a string) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Problem */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Problem */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Change the address, the subscribed event types or the active flag */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description An id (digits, as a string) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description An http:// or https:// address */
                        url?: string;
                        description?: string | null;
                        /** @description The event types this endpoint receives */
                        eventTypes?: ("lead.created" | "lead.updated" | "lead.claimed" | "lead.released" | "lead.assigned" | "lead.recycled" | "visit.created" | "contract.signed" | "deal.online" | "deal.offline" | "task.done")[];
                        active?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description An id (digits, as a string) */
                            id: string;
                            url: string;
                            description: string | null;
                            eventTypes: string[];
                            active: boolean;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
                /** @description Problem */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Problem */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/webhooks/{id}/rotate-secret": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Replace the signing secret at once; the new one is in this answer only */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description An id (digits, as a string) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description An id (digits, as a string) */
                            id: string;
                            url: string;
                            description: string | null;
                            eventTypes: string[];
                            active: boolean;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            /** @description The signing secret, shown this once: keep it */
                            secret: string;
                        };
                    };
                };
                /** @description Problem */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Problem */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhooks/{id}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The delivery log of an endpoint, newest first (status=dead: the dead letters) */
        get: {
            parameters: {
                query?: {
                    /** @description pending, retrying, succeeded or dead (retries exhausted) */
                    status?: "pending" | "retrying" | "succeeded" | "dead";
                    limit?: number;
                    /** @description The nextCursor of the previous page */
                    cursor?: string;
                };
                header?: never;
                path: {
                    /** @description An id (digits, as a string) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** @description An id (digits, as a string) */
                                id: string;
                                /** @description An id (digits, as a string) */
                                endpointId: string;
                                /** @description An id (digits, as a string) */
                                eventId: string;
                                eventType: string;
                                /** @description pending, retrying, succeeded or dead */
                                status: string;
                                attempts: number;
                                lastStatusCode: number | null;
                                lastError: string | null;
                                firstAttemptAt: string | null;
                                nextAttemptAt: string | null;
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: date-time */
                                updatedAt: string;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description Problem */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Problem */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhook-deliveries/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One delivery with its attempts (status code, answer, duration) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description An id (digits, as a string) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description An id (digits, as a string) */
                            id: string;
                            /** @description An id (digits, as a string) */
                            endpointId: string;
                            /** @description An id (digits, as a string) */
                            eventId: string;
                            eventType: string;
                            /** @description pending, retrying, succeeded or dead */
                            status: string;
                            attempts: number;
                            lastStatusCode: number | null;
                            lastError: string | null;
                            firstAttemptAt: string | null;
                            nextAttemptAt: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            /** @description Every attempt, newest first */
                            attemptLog: {
                                /** @description An id (digits, as a string) */
                                id: string;
                                /** Format: date-time */
                                at: string;
                                statusCode: number | null;
                                error: string | null;
                                responseSnippet: string | null;
                                durationMs: number;
                                replay: boolean;
                            }[];
                        };
                    };
                };
                /** @description Problem */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Problem */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhook-deliveries/{id}/replay": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a delivery again now (a dead letter too); failures are retried afresh */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description An id (digits, as a string) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description An id (digits, as a string) */
                            id: string;
                            /** @description An id (digits, as a string) */
                            endpointId: string;
                            /** @description An id (digits, as a string) */
                            eventId: string;
                            eventType: string;
                            /** @description pending, retrying, succeeded or dead */
                            status: string;
                            attempts: number;
                            lastStatusCode: number | null;
                            lastError: string | null;
                            firstAttemptAt: string | null;
                            nextAttemptAt: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
                /** @description Problem */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Problem */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/saved-views": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your saved views of a list and those others shared with the tenant, by name */
        get: {
            parameters: {
                query: {
                    /** @description The list the view filters */
                    object: "leads" | "pool_public" | "pool_mine" | "pool_team";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** @description An id (digits, as a string) */
                                id: string;
                                object: string;
                                name: string;
                                query: string;
                                /** @description Seen by everyone in the tenant */
                                shared: boolean;
                                /** @description An id (digits, as a string) */
                                ownerId: string;
                                ownerName: string;
                                /** @description Yours: you may change or delete it */
                                mine: boolean;
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: date-time */
                                updatedAt: string;
                            }[];
                        };
                    };
                };
                /** @description Problem */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Problem */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Save a named filter set (a list’s query string); names are unique per person and list */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description The list the view filters */
                        object: "leads" | "pool_public" | "pool_mine" | "pool_team";
                        name: string;
                        /** @description The list’s query string without "?", e.g. scope=team&status=private */
                        query: string;
                        /** @default false */
                        shared?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description An id (digits, as a string) */
                            id: string;
                            object: string;
                            name: string;
                            query: string;
                            /** @description Seen by everyone in the tenant */
                            shared: boolean;
                            /** @description An id (digits, as a string) */
                            ownerId: string;
                            ownerName: string;
                            /** @description Yours: you may change or delete it */
                            mine: boolean;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
                /** @description Problem */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Problem */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/saved-views/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One saved view */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description An id (digits, as a string) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description An id (digits, as a string) */
                            id: string;
                            object: string;
                            name: string;
                            query: string;
                            /** @description Seen by everyone in the tenant */
                            shared: boolean;
                            /** @description An id (digits, as a string) */
                            ownerId: string;
                            ownerName: string;
                            /** @description Yours: you may change or delete it */
                            mine: boolean;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
                /** @description Problem */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Problem */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Delete one of your saved views */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description An id (digits, as a string) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Problem */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Problem */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Rename, change or (un)share one of your saved views */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description An id (digits, as a string) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name?: string;
                        /** @description The list’s query string without "?", e.g. scope=team&status=private */
                        query?: string;
                        shared?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description An id (digits, as a string) */
                            id: string;
                            object: string;
                            name: string;
                            query: string;
                            /** @description Seen by everyone in the tenant */
                            shared: boolean;
                            /** @description An id (digits, as a string) */
                            ownerId: string;
                            ownerName: string;
                            /** @description Yours: you may change or delete it */
                            mine: boolean;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                        };
                    };
                };
                /** @description Problem */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description Problem */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": {
                            type: string;
                            title: string;
                            status: number;
                            /** @description Stable machine-readable error code */
                            code: string;
                            detail?: string;
                            instance?: string;
                            requestId?: string;
                            errors?: {
                                path: string;
                                message: string;
                            }[];
                        } & {
                            [key: string]: unknown;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: never;
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
